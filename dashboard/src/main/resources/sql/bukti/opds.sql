-- One evidence row per OPD of one snapshot the viewer may see, the OPD with the most index points at stake first.
with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code)
select s.*, coalesce(s.opd_name, o.opd_name, s.opd_code) as shown_name
from evidence_opd s
cross join viewer
left join opd o on o.instansi_code = s.instansi_code and o.opd_code = s.opd_code
where s.instansi_code = ? and s.year = ? and s.snapshot_on = ?
  and coalesce(viewer.everything or (s.instansi_code = viewer.instansi_code and s.opd_code = viewer.opd_code), false)
order by s.points_at_stake desc, s.items_next_level desc, s.opd_code
