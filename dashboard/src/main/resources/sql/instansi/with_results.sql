-- The instansi with results, named from the instansi list when loaded, else by code.
select r.instansi_code,
       coalesce(i.instansi_name, r.instansi_code) as instansi_name,
       i.instansi_kind,
       i.province_name,
       r.has_illustrative_data
from (select instansi_code, bool_or(coalesce(is_illustrative, false)) as has_illustrative_data
      from instansi_index group by instansi_code) r
left join instansi i on i.instansi_code = r.instansi_code
order by instansi_name, r.instansi_code
