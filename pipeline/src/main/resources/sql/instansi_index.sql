-- instansi_index: one row per instansi, year, framework and source (official / self_assessment): the Indeks SPBE
-- (or Indeks Pemdi) with its predikat.
-- Index = sum(w_i * level_i) / sum(w_i) over the indicators present (weights in percent sum to 100, so a full
-- set gives sum(w_i * level_i) / 100). An index reported by the input (the published figure) wins over the
-- computed one; with only domain values reported, the index is their weighted mean. Partial inputs are marked.
-- The predikat is read off the index rounded to two decimals as KemenPANRB publishes it (published_value: half up
-- for Indeks SPBE, half even for Indeks Pemdi). An index that rests on the assessors' assumed value of an
-- externally scored indicator (Pemdi I5, I6, I7, I18 while the national index is missing) says how many.
with from_indicators as (
  select instansi_code, year, framework_id, source,
         sum(weight_pct * maturity_level) / sum(weight_pct) as computed_value,
         sum(weight_pct) as weight_present_pct,
         count(*) as indicators_present,
         count_if(value_basis = 'external_pending') as indicators_pending_external,
         bool_or(is_illustrative) as is_illustrative
  from indicator_score
  group by instansi_code, year, framework_id, source
),
from_domains as (
  select r.instansi_code, r.year, r.framework_id, r.source,
         sum(d.weight_pct * r.value) / sum(d.weight_pct) as domains_value,
         count(*) as domains_present,
         bool_or(r.is_illustrative) as is_illustrative
  from reported_index r
  join domain d on d.framework_id = r.framework_id and d.domain_code = r.scope_code
  where r.scope = 'domain'
  group by r.instansi_code, r.year, r.framework_id, r.source
),
reported as (
  select instansi_code, year, framework_id, source, value as reported_value, is_illustrative
  from reported_index
  where scope = 'index'
),
slices as (
  select instansi_code, year, framework_id, source from from_indicators
  union
  select instansi_code, year, framework_id, source from from_domains
  union
  select instansi_code, year, framework_id, source from reported
),
indicator_counts as (
  select framework_id, count(*) as indicators_total from indicator group by framework_id
),
domain_counts as (
  select framework_id, count(*) as domains_total from domain group by framework_id
),
catalog_totals as (
  select f.framework_id, coalesce(i.indicators_total, 0) as indicators_total, coalesce(d.domains_total, 0) as domains_total
  from framework f
  left join indicator_counts i on i.framework_id = f.framework_id
  left join domain_counts d on d.framework_id = f.framework_id
),
valued as (
  select s.instansi_code, s.year, s.framework_id, s.source,
         coalesce(r.reported_value, i.computed_value, d.domains_value) as exact_value,
         case when r.reported_value is not null then 'reported'
              when i.computed_value is not null then 'computed'
              else 'domains' end as basis,
         i.computed_value, r.reported_value,
         coalesce(i.indicators_present, 0) as indicators_present,
         coalesce(i.indicators_pending_external, 0) as indicators_pending_external,
         coalesce(d.domains_present, 0) as domains_present,
         coalesce(r.is_illustrative, i.is_illustrative, d.is_illustrative) as is_illustrative
  from slices s
  left join from_indicators i using (instansi_code, year, framework_id, source)
  left join from_domains d using (instansi_code, year, framework_id, source)
  left join reported r using (instansi_code, year, framework_id, source)
),
rounded as (
  select v.*, published_value(v.framework_id, v.exact_value) as index_value
  from valued v
)
select r.instansi_code,
       r.year,
       r.framework_id,
       f.index_name,
       f.index_scale,
       r.source,
       r.index_value,
       cast(r.exact_value as decimal(10, 6)) as index_value_exact,
       b.predikat,
       b.predikat_en,
       b.predikat_alias,
       b.predikat_alias_en,
       r.basis,
       cast(r.computed_value as decimal(10, 6)) as computed_value,
       cast(r.reported_value as decimal(10, 6)) as reported_value,
       r.indicators_present,
       t.indicators_total,
       r.indicators_pending_external,
       r.domains_present,
       t.domains_total,
       case r.basis
         when 'computed' then r.indicators_present < t.indicators_total
         when 'domains' then r.domains_present < t.domains_total
         else false end as is_partial,
       r.is_illustrative
from rounded r
join framework f on f.framework_id = r.framework_id
join catalog_totals t on t.framework_id = r.framework_id
left join predikat_band b
  on b.framework_id = r.framework_id
 and r.index_value >= b.lower_inclusive
 and (b.upper_exclusive is null or r.index_value < b.upper_exclusive)
