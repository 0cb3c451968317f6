-- indicator_score: one row per instansi, year, framework, source and indicator, the level that enters the index.
-- Why a table of its own: multi-item indicators (PermenPANRB 5/2018 no. 35, scored for up to three public
-- services) count once, at the mean of the items present, so every index below sums one row per indicator.
with items as (
  select instansi_code, year, framework_id, source, indicator_code,
         avg(cast(maturity_level as decimal(7, 4))) as maturity_level,
         count(*) as items_scored,
         bool_or(is_illustrative) as is_illustrative
  from indicator_assessment
  group by instansi_code, year, framework_id, source, indicator_code
)
select i.instansi_code,
       i.year,
       i.framework_id,
       i.source,
       i.indicator_code,
       cast(i.maturity_level as decimal(7, 4)) as maturity_level,
       i.items_scored,
       ind.weight_pct,
       ind.aspect_code,
       asp.domain_code,
       i.is_illustrative
from items i
join indicator ind
  on ind.framework_id = i.framework_id and ind.indicator_code = i.indicator_code
join aspect asp
  on asp.framework_id = ind.framework_id and asp.aspect_code = ind.aspect_code
