-- indicator_ownership: one row per instansi, year, framework and indicator with a known OPD pengampu.
-- Why one table: the gap table, the OPD scorecards and the action plan must all name the same OPD. The owners
-- file (latest assignment up to that year) decides; without one, the OPD that filled the self-assessment.
with years as (
  select distinct instansi_code, year, framework_id from indicator_assessment
),
slots as (
  select y.instansi_code, y.year, y.framework_id, i.indicator_code
  from years y
  join indicator i on i.framework_id = y.framework_id
),
events as (
  -- the owners file's assignments and the slots that need one, in one series per instansi, framework and indicator
  select instansi_code, year, framework_id, indicator_code, opd_code, false as is_slot
  from indicator_owner
  where opd_code is not null
  union all
  select instansi_code, year, framework_id, indicator_code, cast(null as string) as opd_code, true as is_slot
  from slots
),
assigned as (
  -- each slot takes the latest assignment up to its year (one that year comes first): a join on o.year <= s.year
  -- paired every slot with every earlier assignment, some 750,000 pairs on the national set, before picking one
  select instansi_code, year, framework_id, indicator_code, is_slot,
         last_value(opd_code, true) over (partition by instansi_code, framework_id, indicator_code
                                          order by year, is_slot
                                          rows between unbounded preceding and current row) as opd_code
  from events
),
self_assessed as (
  select instansi_code, year, framework_id, indicator_code, min_by(opd_code, item_no) as opd_code
  from indicator_assessment
  where source = 'self_assessment' and opd_code is not null
  group by instansi_code, year, framework_id, indicator_code
)
select a.instansi_code,
       a.year,
       a.framework_id,
       a.indicator_code,
       coalesce(a.opd_code, f.opd_code) as opd_code,
       case when a.opd_code is not null then 'owner_list' else 'self_assessment' end as owner_basis
from assigned a
left join self_assessed f
  on f.instansi_code = a.instansi_code and f.year = a.year and f.framework_id = a.framework_id
 and f.indicator_code = a.indicator_code
where a.is_slot and coalesce(a.opd_code, f.opd_code) is not null
