-- The open evidence items of one snapshot the viewer may see, in the pipeline's priority order.
with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code)
select t.*, coalesce(o.opd_name, t.opd_code) as opd_name
from evidence_todo t
cross join viewer
left join opd o on o.instansi_code = t.instansi_code and o.opd_code = t.opd_code
where t.instansi_code = ? and t.year = ? and t.snapshot_on = ?
  and coalesce(viewer.everything or (t.instansi_code = viewer.instansi_code and t.opd_code = viewer.opd_code), false)
order by t.priority, t.item_code
