-- The instansi's index by year and source, with its basis and partial flag.
select year, framework_id, index_name, index_scale, source, index_value, predikat, predikat_en, basis,
       is_partial, coalesce(is_illustrative, false) as is_illustrative
from instansi_index
where instansi_code = ?
order by year, source
