-- The aspects of a framework in their number order.
select aspect_code, aspect_name, domain_code, weight_pct from aspect
where framework_id = ?
order by try_cast(substr(aspect_code, 2) as integer), aspect_code
