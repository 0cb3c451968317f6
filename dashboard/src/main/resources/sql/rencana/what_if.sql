-- The index after the picked raises (two parallel lists), as action_candidate's contract defines it: the plan's published
-- base (action_plan_summary: base index, its predikat, the target) plus the cumulative_index_points and cumulative_effort
-- of each picked (indicator, to_level). The sum over the user's own picks is the one step that cannot be published ahead.
with chosen as (select unnest(?::varchar[]) as indicator_code, unnest(?::integer[]) as to_level),
base as (select base_year, base_source, base_index, base_predikat, base_predikat_en, target_index, target_year
         from action_plan_summary where instansi_code = ? and framework_id = ?),
picked as (select coalesce(sum(m.cumulative_index_points), 0) as added_points, count(*) as raises,
                  coalesce(sum(m.cumulative_effort), 0) as total_effort
           from action_candidate m join chosen h on h.indicator_code = m.indicator_code and h.to_level = m.to_level
           where m.instansi_code = ? and m.framework_id = ?),
result as (select base.*, picked.added_points, picked.raises, picked.total_effort,
                  base.base_index + picked.added_points as what_if_index_exact,
                  round(base.base_index + picked.added_points, 2) as what_if_index
           from base, picked)
select r.*, b.predikat, b.predikat_en,
       r.target_index - r.what_if_index as distance_to_target,
       case when r.target_index is null then null else r.what_if_index >= r.target_index end as reaches_target
from result r
left join predikat_band b on b.framework_id = ? and r.what_if_index >= b.lower_inclusive
     and (b.upper_exclusive is null or r.what_if_index < b.upper_exclusive)
