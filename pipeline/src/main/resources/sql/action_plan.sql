-- action_plan: one row per raise in an instansi's least-effort plan to its RPJMD target, in the order to take
-- them. Why this order: index points per unit of effort, best first, so the plan reads as a to-do list where the
-- cheapest gains come first; a raise is never listed before the raise below it on the same indicator (its sort
-- key is the lowest ratio among that indicator's raises up to it). The choice of raises is made by
-- metrics/ActionPlanner (an exact optimiser) into the action_plan_choice view.
with chosen as (
  select c.*,
         cast(c.index_points / c.effort as decimal(12, 6)) as points_per_effort
  from action_candidate c
  join action_plan_choice p
    on p.instansi_code = c.instansi_code and p.framework_id = c.framework_id
   and p.indicator_code = c.indicator_code and c.to_level <= p.planned_level
),
keyed as (
  select c.*,
         min(c.points_per_effort) over (partition by c.instansi_code, c.framework_id, c.indicator_code
                                        order by c.from_level
                                        rows between unbounded preceding and current row) as sort_key
  from chosen c
),
ordered as (
  select k.*,
         row_number() over (partition by k.instansi_code, k.framework_id
                            order by k.sort_key desc, k.indicator_code, k.from_level) as step_no
  from keyed k
),
accumulated as (
  select o.*,
         sum(o.effort) over w as plan_effort,  -- the plan's running total, not the candidate's per indicator
         o.base_index + sum(o.index_points) over w as cumulative_index
  from ordered o
  window w as (partition by o.instansi_code, o.framework_id order by o.step_no
               rows between unbounded preceding and current row)
)
select a.instansi_code,
       a.framework_id,
       cast(a.step_no as int) as step_no,
       a.indicator_code,
       a.indicator_name,
       a.from_level,
       a.from_value,
       a.to_level,
       a.effort,
       a.index_points,
       a.points_per_effort,
       cast(a.plan_effort as decimal(10, 2)) as cumulative_effort,
       cast(a.cumulative_index as decimal(10, 6)) as cumulative_index,
       b.predikat,
       a.opd_code,
       a.recommendation
from accumulated a
left join predikat_band b
  on b.framework_id = a.framework_id
 and published_value(a.framework_id, a.cumulative_index) >= b.lower_inclusive
 and (b.upper_exclusive is null or published_value(a.framework_id, a.cumulative_index) < b.upper_exclusive)
