-- action_plan_summary: one row per instansi and framework with raise candidates: whether a plan reaches the
-- RPJMD target, with how many raises and how much effort, and the index and predikat it ends on. Why apart from
-- action_plan: "already reached", "cannot be reached even at Optimum everywhere" and "no target on this index's
-- scale" (Pemdi 2026 against an SPBE target) are answers too, and have no steps.
with groups as (
  select instansi_code, framework_id,
         max(base_year) as base_year,
         max(base_source) as base_source,
         max(base_index) as base_index,
         max(target_index) as target_index,
         max(target_year) as target_year,
         sum(index_points) as all_points
  from action_candidate
  group by instansi_code, framework_id
),
planned as (
  select instansi_code, framework_id, count(*) as steps, sum(effort) as total_effort,
         max(cumulative_index) as planned_index
  from action_plan
  group by instansi_code, framework_id
),
summarised as (
  select g.*,
         coalesce(p.steps, 0) as steps,
         coalesce(p.total_effort, 0) as total_effort,
         coalesce(p.planned_index, g.base_index) as planned_index,
         case when g.target_index is null then 'no_comparable_target'
              when g.base_index >= g.target_index then 'already_reached'
              when g.base_index + g.all_points < g.target_index then 'unreachable'
              else 'planned' end as status
  from groups g
  left join planned p on p.instansi_code = g.instansi_code and p.framework_id = g.framework_id
)
select s.instansi_code,
       s.framework_id,
       s.base_year,
       s.base_source,
       s.base_index,
       -- the base as published (the framework's rounding), and the predikat and distance read off that value:
       -- what a reader compares with the target
       published_value(s.framework_id, s.base_index) as base_index_published,
       bb.predikat as base_predikat,
       bb.predikat_en as base_predikat_en,
       cast(s.target_index - published_value(s.framework_id, s.base_index) as decimal(6, 3)) as base_distance_to_target,
       s.target_index,
       s.target_year,
       s.status,
       s.steps,
       cast(s.total_effort as decimal(10, 2)) as total_effort,
       cast(s.planned_index as decimal(10, 6)) as planned_index,
       published_value(s.framework_id, s.planned_index) as planned_index_published,
       b.predikat as planned_predikat
from summarised s
left join predikat_band bb
  on bb.framework_id = s.framework_id
 and published_value(s.framework_id, s.base_index) >= bb.lower_inclusive
 and (bb.upper_exclusive is null or published_value(s.framework_id, s.base_index) < bb.upper_exclusive)
left join predikat_band b
  on b.framework_id = s.framework_id
 and published_value(s.framework_id, s.planned_index) >= b.lower_inclusive
 and (b.upper_exclusive is null or published_value(s.framework_id, s.planned_index) < b.upper_exclusive)
