-- indicator_score: one row per instansi, year, framework, source and indicator, the value that enters the index.
-- Why a table of its own: multi-item indicators (PermenPANRB 5/2018 no. 35, scored for up to three public
-- services) count once, at the mean of the items present, so every index below sums one row per indicator; and an
-- indicator scored from another national index (Pemdi 2026 I5, I6, I7, I18) takes the value a planner supplied
-- from that index, or is marked as the assessors' assumed lowest value while the external index is missing.
with items as (
  select instansi_code, year, framework_id, source, indicator_code,
         avg(cast(maturity_level as decimal(7, 4))) as maturity_level,
         count(*) as items_scored,
         bool_or(is_illustrative) as is_illustrative
  from indicator_assessment
  group by instansi_code, year, framework_id, source, indicator_code
),
valued as (
  select i.*, ind.weight_pct, ind.aspect_code, ind.is_externally_scored, ind.external_index, f.level_min,
         e.value as external_value, e.external_index as external_value_index
  from items i
  join indicator ind
    on ind.framework_id = i.framework_id and ind.indicator_code = i.indicator_code
  join framework f on f.framework_id = i.framework_id
  left join external_index_value e
    on ind.is_externally_scored and e.instansi_code = i.instansi_code and e.year = i.year
   and e.framework_id = i.framework_id and e.indicator_code = i.indicator_code
)
select v.instansi_code,
       v.year,
       v.framework_id,
       v.source,
       v.indicator_code,
       cast(coalesce(v.external_value, v.maturity_level) as decimal(7, 4)) as maturity_level,
       v.items_scored,
       v.weight_pct,
       v.aspect_code,
       asp.domain_code,
       case when not v.is_externally_scored then 'assessed'
            when v.external_value is not null then 'external_index'
            when v.maturity_level <= v.level_min then 'external_pending'
            else 'assessed' end as value_basis,
       coalesce(v.external_value_index, v.external_index) as external_index,
       v.is_illustrative
from valued v
join aspect asp
  on asp.framework_id = v.framework_id and asp.aspect_code = v.aspect_code
