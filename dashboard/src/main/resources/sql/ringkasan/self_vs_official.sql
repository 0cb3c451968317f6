-- The latest year, up to a year if one is given, where both the penilaian mandiri and the evaluators gave an index.
select year, framework_id, self_value, official_value, difference, self_predikat, official_predikat
from calibration_scope
where instansi_code = ? and scope = 'index' and (?::integer is null or year <= ?::integer)
order by year desc limit 1
