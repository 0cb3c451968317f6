-- action_candidate: one row per instansi, framework and indicator level raise available from the base year (the
-- latest year with indicator levels, under the latest framework of each index scale: 59/2020 rather than 5/2018
-- for the SPBE index, Pemdi 2026 for its own). Why a table: it is the menu both the optimal plan
-- (metrics/ActionPlanner) and the dashboard's what-if choose from, so both price a raise identically: effort
-- from the planner's input (1 by default) and w_i / sum(w) index points per level, levels capped at the top. A
-- decimal value (Pemdi 1,26) is raised to the next whole level first (2,00: 0,74 of a level), then level by level.
with per_framework as (
  select s.instansi_code, s.framework_id, f.index_scale, max(s.year) as base_year
  from indicator_score s
  join framework f on f.framework_id = s.framework_id
  group by s.instansi_code, s.framework_id, f.index_scale
),
latest as (
  select instansi_code, framework_id, base_year
  from (select p.*, row_number() over (partition by p.instansi_code, p.index_scale order by p.base_year desc) as recency
        from per_framework p)
  where recency = 1
),
base_levels as (
  select s.*, l.base_year,
         dense_rank() over (partition by s.instansi_code, s.framework_id
                            order by case s.source when 'official' then 0 else 1 end) as source_rank
  from indicator_score s
  join latest l on l.instansi_code = s.instansi_code and l.framework_id = s.framework_id and l.base_year = s.year
),
base_index as (
  select i.instansi_code, i.framework_id, i.year, i.source, i.index_value_exact
  from instansi_index i
),
next_target as (
  -- the target for the next evaluation on the framework's scale, else the last one the RPJMD sets on it; a year the
  -- framework no longer scores comes last (a 59/2020 plan is not aimed at 2026, scored on Indeks Pemdi)
  select l.instansi_code, l.framework_id, r.target_index, r.year as target_year,
         row_number() over (partition by l.instansi_code, l.framework_id
                            order by case when r.year > coalesce(f.year_to, r.year) then 1 else 0 end,
                                     case when r.year = l.base_year + 1 then 0 else 1 end, r.year desc) as pick
  from latest l
  join framework f on f.framework_id = l.framework_id
  join rpjmd_target r on r.instansi_code = l.instansi_code and r.index_scale = f.index_scale and r.year >= l.base_year
),
weights as (
  select framework_id, sum(weight_pct) as weight_total from indicator group by framework_id
),
advice as (
  -- the assessors' recommendation on the indicator in the base year, what the plan's step should act on
  select instansi_code, year, framework_id, indicator_code, min_by(nullif(recommendation, ''), item_no) as recommendation
  from indicator_assessment
  where source = 'official'
  group by instansi_code, year, framework_id, indicator_code
),
steps as (
  select b.instansi_code, b.framework_id, b.base_year, b.source as base_source, b.indicator_code, b.aspect_code,
         b.domain_code, b.weight_pct, b.maturity_level as current_value,
         cast(floor(b.maturity_level) as int) as current_level,
         explode(sequence(cast(floor(b.maturity_level) as int), f.level_max - 1)) as from_level
  from base_levels b
  join framework f on f.framework_id = b.framework_id
  where b.source_rank = 1 and floor(b.maturity_level) < f.level_max
)
select s.instansi_code,
       s.framework_id,
       s.base_year,
       s.base_source,
       cast(bi.index_value_exact as decimal(10, 6)) as base_index,
       t.target_index,
       t.target_year,
       s.indicator_code,
       i.indicator_name,
       s.aspect_code,
       s.domain_code,
       s.current_level,
       cast(s.current_value as decimal(5, 2)) as current_value,
       s.from_level,
       cast(greatest(s.from_level, s.current_value) as decimal(5, 2)) as from_value,
       s.from_level + 1 as to_level,
       coalesce(e.effort, cast(1 as decimal(8, 2))) as effort,
       case when e.effort is null then 'default' else 'input' end as effort_basis,
       -- what a what-if pays to take the indicator up to to_level: every raise from the current level on
       cast(sum(coalesce(e.effort, cast(1 as decimal(8, 2)))) over (
              partition by s.instansi_code, s.framework_id, s.indicator_code order by s.from_level)
            as decimal(10, 2)) as cumulative_effort,
       cast((s.from_level + 1 - greatest(s.from_level, s.current_value)) * s.weight_pct / w.weight_total
            as decimal(10, 6)) as index_points,
       cast((s.from_level + 1 - s.current_value) * s.weight_pct / w.weight_total as decimal(10, 6)) as cumulative_index_points,
       o.opd_code,
       case when s.base_source = 'official' then a.recommendation end as recommendation
from steps s
join indicator i on i.framework_id = s.framework_id and i.indicator_code = s.indicator_code
join weights w on w.framework_id = s.framework_id
join base_index bi
  on bi.instansi_code = s.instansi_code and bi.framework_id = s.framework_id and bi.year = s.base_year
 and bi.source = s.base_source
left join next_target t on t.instansi_code = s.instansi_code and t.framework_id = s.framework_id and t.pick = 1
left join improvement_effort e
  on e.instansi_code = s.instansi_code and e.framework_id = s.framework_id and e.indicator_code = s.indicator_code
 and e.from_level = s.from_level
left join indicator_ownership o
  on o.instansi_code = s.instansi_code and o.year = s.base_year and o.framework_id = s.framework_id
 and o.indicator_code = s.indicator_code
left join advice a
  on a.instansi_code = s.instansi_code and a.year = s.base_year and a.framework_id = s.framework_id
 and a.indicator_code = s.indicator_code
