-- evidence_level: one row per instansi, year, snapshot, indicator and level (1 to the framework's top level).
-- Why every level, also those without items: the coordinator's matrix shows where nothing is listed yet, and the
-- continuous rule needs them: a level counts only when every main item of it and of every level below is
-- accepted, so a level with no main item listed is never complete and stops every level above it.
with snapshots as (
  select instansi_code, year, snapshot_on, framework_id, bool_or(is_illustrative) as is_illustrative
  from evidence_item
  group by instansi_code, year, snapshot_on, framework_id
),
levels as (
  select framework_id, explode(sequence(1, level_max)) as level
  from framework
),
cells as (
  select s.instansi_code, s.year, s.snapshot_on, s.framework_id, s.is_illustrative,
         i.indicator_code, i.indicator_no, i.aspect_code, i.is_externally_scored, l.level
  from snapshots s
  join indicator i on i.framework_id = s.framework_id
  join levels l on l.framework_id = s.framework_id
),
counts as (
  select instansi_code, year, snapshot_on, indicator_code, level,
         count_if(is_main) as main_items,
         count_if(not is_main) as supporting_items,
         count_if(is_main and status = 'diterima') as main_accepted,
         count_if(is_main and status = 'revisi') as main_revisi,
         count_if(is_main and status = 'proses') as main_proses,
         count_if(is_main and status = 'draf') as main_draf,
         count_if(is_main and status = 'belum') as main_belum
  from evidence_item
  group by instansi_code, year, snapshot_on, indicator_code, level
),
complete as (
  select c.*,
         coalesce(n.main_items, 0) as main_items,
         coalesce(n.supporting_items, 0) as supporting_items,
         coalesce(n.main_accepted, 0) as main_accepted,
         coalesce(n.main_revisi, 0) as main_revisi,
         coalesce(n.main_proses, 0) as main_proses,
         coalesce(n.main_draf, 0) as main_draf,
         coalesce(n.main_belum, 0) as main_belum,
         coalesce(n.main_items > 0 and n.main_accepted = n.main_items, false) as is_complete
  from cells c
  left join counts n
    on n.instansi_code = c.instansi_code and n.year = c.year and n.snapshot_on = c.snapshot_on
   and n.indicator_code = c.indicator_code and n.level = c.level
)
select instansi_code,
       year,
       snapshot_on,
       framework_id,
       indicator_code,
       indicator_no,
       aspect_code,
       level,
       main_items,
       supporting_items,
       main_accepted,
       main_revisi,
       main_proses,
       main_draf,
       main_belum,
       -- the most urgent state first: what must be redone, then what does not exist yet, then what waits
       case when is_externally_scored then 'eksternal'
            when main_items = 0 then 'tanpa_item'
            when main_accepted = main_items then 'diterima'
            when main_revisi > 0 then 'revisi'
            when main_belum > 0 then 'belum'
            when main_draf > 0 then 'draf'
            else 'proses' end as level_status,
       is_complete,
       bool_and(is_complete) over (
         partition by instansi_code, year, snapshot_on, indicator_code order by level
         rows between unbounded preceding and current row) as is_reached,
       is_illustrative
from complete
