-- domain_index: one row per instansi, year, framework, source and domain.
-- Indeks domain = sum(w_i * level_i) / sum(w_i) over the domain's indicators present, which equals the nested
-- form (aspect indices weighted by aspect weight) when every indicator is present. Missing indicators mark the
-- row partial. Domain values reported by the input (older years, local reports) are carried as given.
-- Frameworks without domains (Pemdi 2026) have no rows here.
with computed as (
  select instansi_code, year, framework_id, source, domain_code,
         sum(weight_pct * maturity_level) / sum(weight_pct) as computed_value,
         sum(weight_pct) as weight_present_pct,
         count(*) as indicators_present,
         bool_or(is_illustrative) as is_illustrative
  from indicator_score
  where domain_code is not null
  group by instansi_code, year, framework_id, source, domain_code
),
reported as (
  select instansi_code, year, framework_id, source, scope_code as domain_code,
         value as reported_value, is_illustrative
  from reported_index
  where scope = 'domain'
),
catalog_totals as (
  select i.framework_id, a.domain_code, sum(i.weight_pct) as weight_total_pct, count(*) as indicators_total
  from indicator i
  join aspect a on a.framework_id = i.framework_id and a.aspect_code = i.aspect_code
  where a.domain_code is not null
  group by i.framework_id, a.domain_code
),
joined as (
  select coalesce(c.instansi_code, r.instansi_code) as instansi_code,
         coalesce(c.year, r.year) as year,
         coalesce(c.framework_id, r.framework_id) as framework_id,
         coalesce(c.source, r.source) as source,
         coalesce(c.domain_code, r.domain_code) as domain_code,
         c.computed_value, r.reported_value, c.weight_present_pct, c.indicators_present,
         coalesce(r.is_illustrative, c.is_illustrative) as is_illustrative
  from computed c
  full outer join reported r
    on c.instansi_code = r.instansi_code and c.year = r.year and c.source = r.source
   and c.framework_id = r.framework_id and c.domain_code = r.domain_code
)
select j.instansi_code,
       j.year,
       j.framework_id,
       j.source,
       j.domain_code,
       published_value(j.framework_id, coalesce(j.reported_value, j.computed_value)) as index_value,
       cast(coalesce(j.reported_value, j.computed_value) as decimal(10, 6)) as index_value_exact,
       case when j.reported_value is not null then 'reported' else 'computed' end as basis,
       cast(j.computed_value as decimal(10, 6)) as computed_value,
       cast(j.reported_value as decimal(10, 6)) as reported_value,
       coalesce(j.weight_present_pct, 0) as weight_present_pct,
       t.weight_total_pct,
       coalesce(j.indicators_present, 0) as indicators_present,
       t.indicators_total,
       j.reported_value is null and j.indicators_present < t.indicators_total as is_partial,
       j.is_illustrative
from joined j
join catalog_totals t on t.framework_id = j.framework_id and t.domain_code = j.domain_code
