-- Whether some steps of one framework's plan are withheld from the viewer (other OPDs' raises in a plan built on a self-assessment).
with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code)
select count(*) > 0 as hidden
from action_plan x
cross join viewer
join action_plan_summary s on s.instansi_code = x.instansi_code and s.framework_id = x.framework_id
where x.instansi_code = ? and x.framework_id = ?
  and not coalesce(viewer.everything or s.base_source = 'official'
                   or (s.instansi_code = viewer.instansi_code and x.opd_code = viewer.opd_code), false)
