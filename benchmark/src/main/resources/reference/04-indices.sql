-- The indices, as the pipeline's metrics/*.sql compute them: index = sum(w x level) / sum(w) over the
-- indicators present (multi-item indicators at the mean of their items), a reported value winning over the
-- computed one, rounded to two decimals as the framework says (published_value), predikat read off the rounded index.
create table indicator_score as
with items as (
  select instansi_code, year, framework_id, source, indicator_code,
         avg(maturity_level)::decimal(7, 4) as maturity_level, count(*) as items_scored,
         bool_or(is_illustrative) as is_illustrative
  from indicator_assessment
  group by all
)
select i.instansi_code, i.year, i.framework_id, i.source, i.indicator_code, i.maturity_level, i.items_scored,
       ind.weight_pct, ind.aspect_code, asp.domain_code, i.is_illustrative
from items i
join indicator ind on ind.framework_id = i.framework_id and ind.indicator_code = i.indicator_code
join aspect asp on asp.framework_id = ind.framework_id and asp.aspect_code = ind.aspect_code;

create table aspect_index as
with computed as (
  select instansi_code, year, framework_id, source, aspect_code,
         sum(weight_pct * maturity_level) / sum(weight_pct) as computed_value, count(*) as indicators_present
  from indicator_score group by all
),
reported as (
  select instansi_code, year, framework_id, source, scope_code as aspect_code, value as reported_value
  from reported_index where scope = 'aspect'
),
joined as (
  select coalesce(c.instansi_code, r.instansi_code) as instansi_code, coalesce(c.year, r.year) as year,
         coalesce(c.framework_id, r.framework_id) as framework_id, coalesce(c.source, r.source) as source,
         coalesce(c.aspect_code, r.aspect_code) as aspect_code, c.computed_value, r.reported_value,
         c.indicators_present
  from computed c
  full outer join reported r using (instansi_code, year, framework_id, source, aspect_code)
)
select j.instansi_code, j.year, j.framework_id, j.source, j.aspect_code,
       published_value(j.framework_id, coalesce(j.reported_value, j.computed_value::decimal(10, 6)))::decimal(5, 2) as index_value,
       case when j.reported_value is not null then 'reported' else 'computed' end as basis,
       coalesce(j.indicators_present, 0) as indicators_present
from joined j;

create table domain_index as
with computed as (
  select instansi_code, year, framework_id, source, domain_code,
         sum(weight_pct * maturity_level) / sum(weight_pct) as computed_value, count(*) as indicators_present
  from indicator_score where domain_code is not null group by all
),
reported as (
  select instansi_code, year, framework_id, source, scope_code as domain_code, value as reported_value
  from reported_index where scope = 'domain'
),
joined as (
  select coalesce(c.instansi_code, r.instansi_code) as instansi_code, coalesce(c.year, r.year) as year,
         coalesce(c.framework_id, r.framework_id) as framework_id, coalesce(c.source, r.source) as source,
         coalesce(c.domain_code, r.domain_code) as domain_code, c.computed_value, r.reported_value,
         c.indicators_present
  from computed c
  full outer join reported r using (instansi_code, year, framework_id, source, domain_code)
)
select j.instansi_code, j.year, j.framework_id, j.source, j.domain_code,
       published_value(j.framework_id, coalesce(j.reported_value, j.computed_value::decimal(10, 6)))::decimal(5, 2) as index_value,
       case when j.reported_value is not null then 'reported' else 'computed' end as basis,
       coalesce(j.indicators_present, 0) as indicators_present
from joined j;

create table instansi_index as
with from_indicators as (
  select instansi_code, year, framework_id, source,
         sum(weight_pct * maturity_level) / sum(weight_pct) as computed_value, count(*) as indicators_present,
         bool_or(is_illustrative) as is_illustrative
  from indicator_score group by all
),
from_domains as (
  select r.instansi_code, r.year, r.framework_id, r.source,
         sum(d.weight_pct * r.value) / sum(d.weight_pct) as domains_value
  from reported_index r
  join domain d on d.framework_id = r.framework_id and d.domain_code = r.scope_code
  where r.scope = 'domain'
  group by all
),
reported as (
  select instansi_code, year, framework_id, source, value as reported_value
  from reported_index where scope = 'index'
),
slices as (
  select instansi_code, year, framework_id, source from from_indicators
  union select instansi_code, year, framework_id, source from from_domains
  union select instansi_code, year, framework_id, source from reported
),
valued as (
  select s.*,
         coalesce(r.reported_value::decimal(10, 6), i.computed_value::decimal(10, 6), d.domains_value::decimal(10, 6))
           as exact_value,
         case when r.reported_value is not null then 'reported'
              when i.computed_value is not null then 'computed' else 'domains' end as basis,
         coalesce(i.indicators_present, 0) as indicators_present
  from slices s
  left join from_indicators i using (instansi_code, year, framework_id, source)
  left join from_domains d using (instansi_code, year, framework_id, source)
  left join reported r using (instansi_code, year, framework_id, source)
)
select v.instansi_code, v.year, v.framework_id, f.index_scale, v.source,
       published_value(v.framework_id, v.exact_value)::decimal(5, 2) as index_value, v.exact_value as index_value_exact, b.predikat, v.basis,
       v.indicators_present
from valued v
join framework f on f.framework_id = v.framework_id
left join predikat_band b
  on b.framework_id = v.framework_id and published_value(v.framework_id, v.exact_value) >= b.lower_inclusive
 and (b.upper_exclusive is null or published_value(v.framework_id, v.exact_value) < b.upper_exclusive);
