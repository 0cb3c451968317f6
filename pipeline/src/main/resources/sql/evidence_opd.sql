-- evidence_opd: one row per instansi, year, snapshot and OPD responsible for at least one item.
-- Why: the coordinator chases OPDs, not items: per OPD what is accepted, what must be redone, and the index points
-- its indicators' next levels are worth while they still have open items (each indicator counted once per OPD).
with owned as (
  select e.instansi_code, e.year, e.snapshot_on, e.framework_id, e.status, e.is_illustrative,
         coalesce(e.opd_code, ei.opd_code) as opd_code
  from evidence_item e
  join evidence_indicator ei
    on ei.instansi_code = e.instansi_code and ei.year = e.year and ei.snapshot_on = e.snapshot_on
   and ei.indicator_code = e.indicator_code
),
counts as (
  select instansi_code, year, snapshot_on, framework_id, opd_code,
         count(*) as items_total,
         count_if(status = 'diterima') as items_diterima,
         count_if(status = 'revisi') as items_revisi,
         count_if(status = 'proses') as items_proses,
         count_if(status = 'draf') as items_draf,
         count_if(status = 'belum') as items_belum,
         bool_or(is_illustrative) as is_illustrative
  from owned
  where opd_code is not null
  group by instansi_code, year, snapshot_on, framework_id, opd_code
),
next_levels as (
  select instansi_code, year, snapshot_on, opd_code, indicator_code,
         count(*) as open_items,
         max(points_at_stake) as points
  from evidence_todo
  where is_main and is_next_level and opd_code is not null
  group by instansi_code, year, snapshot_on, opd_code, indicator_code
),
stakes as (
  select instansi_code, year, snapshot_on, opd_code, sum(open_items) as items_next_level, sum(points) as points
  from next_levels
  group by instansi_code, year, snapshot_on, opd_code
),
overdue as (
  select instansi_code, year, snapshot_on, opd_code, count_if(is_overdue) as items_overdue
  from evidence_todo
  where opd_code is not null
  group by instansi_code, year, snapshot_on, opd_code
)
select c.instansi_code,
       c.year,
       c.snapshot_on,
       c.framework_id,
       c.opd_code,
       p.opd_name,
       c.items_total,
       c.items_diterima,
       c.items_revisi,
       c.items_proses,
       c.items_draf,
       c.items_belum,
       coalesce(s.items_next_level, 0) as items_next_level,
       cast(coalesce(s.points, 0) as decimal(10, 6)) as points_at_stake,
       coalesce(o.items_overdue, 0) as items_overdue,
       d.deadline,
       c.is_illustrative
from counts c
left join stakes s
  on s.instansi_code = c.instansi_code and s.year = c.year and s.snapshot_on = c.snapshot_on and s.opd_code = c.opd_code
left join overdue o
  on o.instansi_code = c.instansi_code and o.year = c.year and o.snapshot_on = c.snapshot_on and o.opd_code = c.opd_code
left join opd p on p.instansi_code = c.instansi_code and p.opd_code = c.opd_code
left join self_assessment_deadline d on d.instansi_code = c.instansi_code and d.year = c.year
