-- Per indicator of one snapshot the viewer may see: the level the accepted evidence supports against the claim.
with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code)
select ei.*, i.external_index, coalesce(o.opd_name, ei.opd_code) as opd_name
from evidence_indicator ei
cross join viewer
left join indicator i on i.framework_id = ei.framework_id and i.indicator_code = ei.indicator_code
left join opd o on o.instansi_code = ei.instansi_code and o.opd_code = ei.opd_code
where ei.instansi_code = ? and ei.year = ? and ei.snapshot_on = ?
  and coalesce(viewer.everything or (ei.instansi_code = viewer.instansi_code and ei.opd_code = viewer.opd_code), false)
order by ei.indicator_no, ei.indicator_code
