-- The domains of a framework in their number order.
select domain_code, domain_name, weight_pct from domain
where framework_id = ?
order by try_cast(substr(domain_code, 2) as integer), domain_code
