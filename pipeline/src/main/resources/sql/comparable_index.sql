-- comparable_index: one row per instansi, year and source, over the indicators that exist under both
-- PermenPANRB 5/2018 and 59/2020. Why: the 2021 switch from 35 to 47 indicators (and the new Manajemen domain)
-- moved every regency's index (Grobogan 3.00 -> 2.51, Blitar 2.9 -> 2.76) without any real change; this
-- subset, weighted alike in both years, shows what did change across the break.
with pairs as (
  select comparable_key, 'PERMEN_5_2018' as framework_id, permen_5_2018_indicator as indicator_code, weight_pct
  from comparable_indicator
  union all
  select comparable_key, 'PERMEN_59_2020' as framework_id, permen_59_2020_indicator as indicator_code, weight_pct
  from comparable_indicator
),
pair_count as (
  select count(*) as pairs_total from comparable_indicator
)
select s.instansi_code,
       s.year,
       s.framework_id,
       s.source,
       cast(round(sum(p.weight_pct * s.maturity_level) / sum(p.weight_pct), 2) as decimal(5, 2)) as comparable_value,
       count(*) as pairs_present,
       c.pairs_total,
       count(*) < c.pairs_total as is_partial
from indicator_score s
join pairs p on p.framework_id = s.framework_id and p.indicator_code = s.indicator_code
cross join pair_count c
group by s.instansi_code, s.year, s.framework_id, s.source, c.pairs_total
