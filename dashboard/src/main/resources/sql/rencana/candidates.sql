-- The what-if menu of one framework: every level raise the viewer may see, by indicator and level.
with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code)
select x.*, i.indicator_no, coalesce(o.opd_name, x.opd_code) as opd_name
from action_candidate x
cross join viewer
join (select instansi_code, framework_id, any_value(base_source) as base_source from action_candidate
      group by all) s on s.instansi_code = x.instansi_code and s.framework_id = x.framework_id
left join indicator i on i.framework_id = x.framework_id and i.indicator_code = x.indicator_code
left join opd o on o.instansi_code = x.instansi_code and o.opd_code = x.opd_code
where x.instansi_code = ? and x.framework_id = ?
  and coalesce(viewer.everything or s.base_source = 'official'
               or (s.instansi_code = viewer.instansi_code and x.opd_code = viewer.opd_code), false)
order by i.indicator_no, x.indicator_code, x.to_level
