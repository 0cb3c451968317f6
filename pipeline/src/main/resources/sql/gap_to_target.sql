-- gap_to_target: one row per instansi, year, framework and indicator: how many levels each indicator is short of
-- its target and what closing that gap adds to the index (each level on indicator i is worth w_i / sum(w)
-- index points, w_i/100 under SPBE). Why: this is the table an RPJMD review sorts to decide what to fix first.
-- The year's official levels are used; a year the evaluators have not scored yet uses the penilaian mandiri. What
-- the assessors wrote on the indicator (finding, recommendation, verification flags) sits beside it, since this is
-- where a planner decides what to do.
with ranked as (
  select s.*,
         dense_rank() over (partition by s.instansi_code, s.year, s.framework_id
                            order by case s.source when 'official' then 0 else 1 end) as source_rank
  from indicator_score s
),
levels as (
  select * from ranked where source_rank = 1
),
planned as (
  -- the planner's per-indicator targets: the latest set up to this year
  select l.instansi_code, l.year, l.framework_id, l.indicator_code, t.target_level,
         row_number() over (partition by l.instansi_code, l.year, l.framework_id, l.indicator_code
                            order by t.year desc) as recency
  from levels l
  join indicator_target t
    on t.instansi_code = l.instansi_code and t.framework_id = l.framework_id
   and t.indicator_code = l.indicator_code and t.year <= l.year
),
rpjmd as (
  -- the year's RPJMD target on the framework's own scale, else the last one the RPJMD sets on that scale
  select y.instansi_code, y.year, y.framework_id, r.target_index,
         row_number() over (partition by y.instansi_code, y.year, y.framework_id
                            order by case when r.year = y.year then 0 else 1 end, r.year desc) as pick
  from (select distinct instansi_code, year, framework_id from levels) y
  join framework f on f.framework_id = y.framework_id
  join rpjmd_target r on r.instansi_code = y.instansi_code and r.index_scale = f.index_scale
),
weights as (
  select framework_id, sum(weight_pct) as weight_total from indicator group by framework_id
),
verdict as (
  -- multi-item indicators (5/2018 no. 35) show the first item's texts
  select instansi_code, year, framework_id, indicator_code,
         min_by(assessor_note, item_no) as assessor_note,
         min_by(recommendation, item_no) as recommendation,
         min_by(is_uploaded, item_no) as is_uploaded,
         min_by(is_interviewed, item_no) as is_interviewed,
         min_by(is_approved, item_no) as is_approved,
         min_by(has_no_evidence, item_no) as has_no_evidence
  from indicator_assessment
  where source = 'official'
  group by instansi_code, year, framework_id, indicator_code
),
targeted as (
  select l.*,
         coalesce(p.target_level, least(cast(ceil(r.target_index) as int), f.level_max), f.level_max) as target_level,
         case when p.target_level is not null then 'indicator_target'
              when r.target_index is not null then 'rpjmd_default'
              else 'framework_max' end as target_basis
  from levels l
  join framework f on f.framework_id = l.framework_id
  left join planned p
    on p.instansi_code = l.instansi_code and p.year = l.year and p.framework_id = l.framework_id
   and p.indicator_code = l.indicator_code and p.recency = 1
  left join rpjmd r
    on r.instansi_code = l.instansi_code and r.year = l.year and r.framework_id = l.framework_id and r.pick = 1
)
select t.instansi_code,
       t.year,
       t.framework_id,
       t.indicator_code,
       i.indicator_name,
       t.aspect_code,
       t.domain_code,
       t.maturity_level as current_level,
       t.source as level_source,
       t.target_level,
       t.target_basis,
       cast(greatest(t.target_level - t.maturity_level, 0) as decimal(7, 4)) as levels_missing,
       t.weight_pct,
       cast(greatest(t.target_level - t.maturity_level, 0) * t.weight_pct / w.weight_total as decimal(10, 6))
         as index_points_at_stake,
       o.opd_code,
       t.value_basis,
       t.external_index,
       case when t.source = 'official' then nullif(v.assessor_note, '') end as assessor_note,
       case when t.source = 'official' then nullif(v.recommendation, '') end as recommendation,
       case when t.source = 'official' then v.is_uploaded end as is_uploaded,
       case when t.source = 'official' then v.is_interviewed end as is_interviewed,
       case when t.source = 'official' then v.is_approved end as is_approved,
       case when t.source = 'official' then v.has_no_evidence end as has_no_evidence,
       t.is_illustrative
from targeted t
join indicator i on i.framework_id = t.framework_id and i.indicator_code = t.indicator_code
join weights w on w.framework_id = t.framework_id
left join indicator_ownership o
  on o.instansi_code = t.instansi_code and o.year = t.year and o.framework_id = t.framework_id
 and o.indicator_code = t.indicator_code
left join verdict v
  on v.instansi_code = t.instansi_code and v.year = t.year and v.framework_id = t.framework_id
 and v.indicator_code = t.indicator_code
