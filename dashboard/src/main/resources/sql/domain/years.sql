-- Years with a domain or aspect result or a gap table for the instansi, latest first.
select year from aspect_index where instansi_code = ?
union select year from domain_index where instansi_code = ?
union select year from gap_to_target where instansi_code = ?
order by year desc
