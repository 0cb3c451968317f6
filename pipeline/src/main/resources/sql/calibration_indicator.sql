-- calibration_indicator: one row per instansi, year, framework and indicator with a self-assessment, an official
-- level or both. Why: a self-assessment far above the official result (Blitar 2020: 3.7 self-assessed) has to
-- show exactly which indicators were over-claimed, by which OPD and on what justification.
with self as (
  select * from indicator_score where source = 'self_assessment'
),
official as (
  select * from indicator_score where source = 'official'
),
self_text as (
  -- multi-item indicators (5/2018 no. 35) show the first item's OPD and texts
  select instansi_code, year, framework_id, indicator_code,
         min_by(opd_code, item_no) as opd_code,
         min_by(justification, item_no) as justification,
         min_by(evidence, item_no) as evidence
  from indicator_assessment
  where source = 'self_assessment'
  group by instansi_code, year, framework_id, indicator_code
),
paired as (
  select coalesce(s.instansi_code, o.instansi_code) as instansi_code,
         coalesce(s.year, o.year) as year,
         coalesce(s.framework_id, o.framework_id) as framework_id,
         coalesce(s.indicator_code, o.indicator_code) as indicator_code,
         coalesce(s.aspect_code, o.aspect_code) as aspect_code,
         coalesce(s.domain_code, o.domain_code) as domain_code,
         coalesce(s.weight_pct, o.weight_pct) as weight_pct,
         s.maturity_level as self_level,
         o.maturity_level as official_level
  from self s
  full outer join official o
    on s.instansi_code = o.instansi_code and s.year = o.year and s.framework_id = o.framework_id
   and s.indicator_code = o.indicator_code
),
framework_weight as (
  select framework_id, sum(weight_pct) as weight_total from indicator group by framework_id
)
select p.instansi_code,
       p.year,
       p.framework_id,
       p.indicator_code,
       p.aspect_code,
       p.domain_code,
       p.weight_pct,
       p.self_level,
       p.official_level,
       cast(p.self_level - p.official_level as decimal(8, 4)) as level_difference,
       cast((p.self_level - p.official_level) * p.weight_pct / w.weight_total as decimal(10, 6)) as index_points_difference,
       case when p.official_level is null then 'self_only'
            when p.self_level is null then 'official_only'
            when p.self_level > p.official_level then 'over'
            when p.self_level < p.official_level then 'under'
            else 'match' end as calibration,
       t.opd_code,
       t.justification,
       t.evidence
from paired p
join framework_weight w on w.framework_id = p.framework_id
left join self_text t
  on t.instansi_code = p.instansi_code and t.year = p.year and t.framework_id = p.framework_id
 and t.indicator_code = p.indicator_code
