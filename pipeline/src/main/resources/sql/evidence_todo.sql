-- evidence_todo: one row per instansi, year, snapshot and item not yet accepted: what each OPD must still deliver.
-- Why this order: a main item on the level right above the supported one counts as soon as its level is complete,
-- so those come first, and among them the ones worth most index points per item still open (w_i/100 for the level,
-- shared by the level's open items). Supporting items never raise a level and come last.
with open_items as (
  select e.*
  from evidence_item e
  where e.status <> 'diterima'
),
placed as (
  select o.instansi_code, o.year, o.snapshot_on, o.framework_id, o.indicator_code, o.level, o.item_code,
         o.item_name, o.is_main, o.status, o.revision_kind, o.assessor_note, o.note, o.document_name, o.status_on,
         o.is_illustrative,
         coalesce(o.opd_code, ei.opd_code) as opd_code,
         ei.indicator_no, ei.indicator_name, ei.supported_level,
         o.level = ei.supported_level + 1 as is_next_level,
         l.main_items - l.main_accepted as level_open_items,
         case when o.is_main then ei.weight_pct / 100 else 0 end as points_at_stake,
         d.deadline
  from open_items o
  join evidence_indicator ei
    on ei.instansi_code = o.instansi_code and ei.year = o.year and ei.snapshot_on = o.snapshot_on
   and ei.indicator_code = o.indicator_code
  join evidence_level l
    on l.instansi_code = o.instansi_code and l.year = o.year and l.snapshot_on = o.snapshot_on
   and l.indicator_code = o.indicator_code and l.level = o.level
  left join self_assessment_deadline d on d.instansi_code = o.instansi_code and d.year = o.year
)
select instansi_code,
       year,
       snapshot_on,
       framework_id,
       cast(row_number() over (
         partition by instansi_code, year, snapshot_on
         order by is_main desc, level - supported_level,
                  case when is_main then points_at_stake / greatest(level_open_items, 1) else 0 end desc,
                  indicator_no, level, item_code) as int) as priority,
       opd_code,
       indicator_code,
       indicator_no,
       indicator_name,
       level,
       item_code,
       item_name,
       is_main,
       status,
       revision_kind,
       case status when 'revisi' then 'redo' when 'proses' then 'await' else 'deliver' end as action,
       assessor_note,
       note,
       document_name,
       status_on,
       supported_level,
       is_next_level,
       level_open_items,
       cast(points_at_stake as decimal(10, 6)) as points_at_stake,
       deadline,
       coalesce(snapshot_on > deadline, false) as is_overdue,
       is_illustrative
from placed
