-- The indicator by level matrix of one snapshot, for the indicators the viewer's OPD is responsible for (all for an analyst).
with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code)
select l.*, i.external_index
from evidence_level l
cross join viewer
left join evidence_indicator ei on ei.instansi_code = l.instansi_code and ei.year = l.year
     and ei.snapshot_on = l.snapshot_on and ei.indicator_code = l.indicator_code
left join indicator i on i.framework_id = l.framework_id and i.indicator_code = l.indicator_code
where l.instansi_code = ? and l.year = ? and l.snapshot_on = ?
  and coalesce(viewer.everything or (ei.instansi_code = viewer.instansi_code and ei.opd_code = viewer.opd_code), false)
order by l.indicator_no, l.indicator_code, l.level
