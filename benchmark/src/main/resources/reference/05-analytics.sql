-- Two of the analytics tables, as the pipeline's gap_to_target.sql and trend.sql compute them (trend without
-- the comparable-subset columns).
create table gap_to_target as
with ranked as (
  select s.*, dense_rank() over (partition by s.instansi_code, s.year, s.framework_id
                                 order by case s.source when 'official' then 0 else 1 end) as source_rank
  from indicator_score s
),
levels as (select * from ranked where source_rank = 1),
planned as (
  select l.instansi_code, l.year, l.framework_id, l.indicator_code, t.target_level,
         row_number() over (partition by l.instansi_code, l.year, l.framework_id, l.indicator_code
                            order by t.year desc) as recency
  from levels l
  join indicator_target t on t.instansi_code = l.instansi_code and t.framework_id = l.framework_id
   and t.indicator_code = l.indicator_code and t.year <= l.year
),
rpjmd as (
  select y.instansi_code, y.year, y.framework_id, r.target_index,
         row_number() over (partition by y.instansi_code, y.year, y.framework_id
                            order by case when r.year = y.year then 0 else 1 end, r.year desc) as pick
  from (select distinct instansi_code, year, framework_id from levels) y
  join framework f on f.framework_id = y.framework_id
  join rpjmd_target r on r.instansi_code = y.instansi_code and r.index_scale = f.index_scale
),
weights as (select framework_id, sum(weight_pct) as weight_total from indicator group by all),
owners as (
  -- the latest owner assignment up to the year, as indicator_ownership takes it
  select l.instansi_code, l.year, l.framework_id, l.indicator_code, o.opd_code,
         row_number() over (partition by l.instansi_code, l.year, l.framework_id, l.indicator_code
                            order by o.year desc) as n
  from (select distinct instansi_code, year, framework_id, indicator_code from levels) l
  join indicator_owner o on o.instansi_code = l.instansi_code and o.framework_id = l.framework_id
   and o.indicator_code = l.indicator_code and o.year <= l.year and o.opd_code is not null
),
targeted as (
  select l.*,
         coalesce(p.target_level, least(ceil(r.target_index)::int, f.level_max), f.level_max) as target_level
  from levels l
  join framework f on f.framework_id = l.framework_id
  left join planned p on p.instansi_code = l.instansi_code and p.year = l.year and p.framework_id = l.framework_id
   and p.indicator_code = l.indicator_code and p.recency = 1
  left join rpjmd r on r.instansi_code = l.instansi_code and r.year = l.year and r.framework_id = l.framework_id
   and r.pick = 1
)
select t.instansi_code, t.year, t.framework_id, t.indicator_code, t.maturity_level as current_level,
       t.source as level_source, t.target_level,
       greatest(t.target_level - t.maturity_level, 0)::decimal(7, 4) as levels_missing,
       (greatest(t.target_level - t.maturity_level, 0) * t.weight_pct / w.weight_total)::decimal(10, 6)
         as index_points_at_stake,
       o.opd_code
from targeted t
join weights w on w.framework_id = t.framework_id
left join owners o on o.instansi_code = t.instansi_code and o.year = t.year and o.framework_id = t.framework_id
 and o.indicator_code = t.indicator_code and o.n = 1;

create table trend as
with years as (
  select instansi_code, year from instansi_index
  union select instansi_code, year from rpjmd_target
),
official as (select * from instansi_index where source = 'official'),
self as (select * from instansi_index where source = 'self_assessment'),
described as (
  select y.instansi_code, y.year, coalesce(o.framework_id, s.framework_id, f.framework_id) as framework_id,
         o.index_value as official_index, o.predikat as official_predikat,
         s.index_value as self_assessment_index, s.predikat as self_assessment_predikat,
         coalesce(o.index_scale, s.index_scale, f.index_scale) as index_scale
  from years y
  left join official o using (instansi_code, year)
  left join self s using (instansi_code, year)
  left join framework f on y.year between f.year_from and coalesce(f.year_to, 9999)
),
target_pick as (
  select d.instansi_code, d.year, r.target_index, r.index_scale as target_scale,
         row_number() over (partition by d.instansi_code, d.year
                            order by case when r.index_scale = d.index_scale then 0 else 1 end, r.index_scale) as pick
  from described d
  join rpjmd_target r on r.instansi_code = d.instansi_code and r.year = d.year
),
with_previous as (
  select d.*,
         last_value(case when d.official_index is not null then d.official_index end ignore nulls) over w
           as previous_official,
         last_value(case when d.official_index is not null then d.framework_id end ignore nulls) over w
           as previous_official_framework,
         last_value(case when d.official_index is not null or d.self_assessment_index is not null
                         then d.framework_id end ignore nulls) over w as previous_framework
  from described d
  window w as (partition by d.instansi_code order by d.year rows between unbounded preceding and 1 preceding)
)
select p.instansi_code, p.year, p.framework_id, p.official_index, p.official_predikat, p.self_assessment_index,
       p.self_assessment_predikat, t.target_index as rpjmd_target, t.target_scale,
       case when t.target_index is null then null else t.target_scale = p.index_scale end as target_comparable,
       case when t.target_scale = p.index_scale and p.official_index is not null
            then (t.target_index - p.official_index)::decimal(6, 3) end as distance_to_target,
       case when p.official_index is not null and p.previous_official_framework = p.framework_id
            then (p.official_index - p.previous_official)::decimal(6, 2) end as change_on_previous,
       coalesce(p.previous_framework <> p.framework_id
                and (p.official_index is not null or p.self_assessment_index is not null), false) as framework_break
from with_previous p
left join target_pick t on t.instansi_code = p.instansi_code and t.year = p.year and t.pick = 1;
