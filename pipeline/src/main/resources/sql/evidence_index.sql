-- evidence_index: one row per instansi, year, snapshot and scope (the index, each aspect).
-- Why: "what would the index be if the assessors accepted exactly what is accepted today" is the number a
-- coordinator watches before the deadline. It is a simulation (is_simulation), set beside the year's penilaian
-- mandiri and the last official result on the same framework so the three are never confused.
with aspects as (
  select instansi_code, year, snapshot_on, framework_id, 'aspect' as scope, aspect_code as scope_code,
         sum(weight_pct * supported_value) / sum(weight_pct) as exact_value,
         bool_or(is_illustrative) as is_illustrative
  from evidence_indicator
  group by instansi_code, year, snapshot_on, framework_id, aspect_code
),
whole as (
  select instansi_code, year, snapshot_on, framework_id, 'index' as scope, '' as scope_code,
         sum(weight_pct * supported_value) / sum(weight_pct) as exact_value,
         bool_or(is_illustrative) as is_illustrative
  from evidence_indicator
  group by instansi_code, year, snapshot_on, framework_id
),
scopes as (
  select * from aspects
  union all
  select * from whole
),
computed as (
  select instansi_code, year, framework_id, source, 'aspect' as scope, aspect_code as scope_code, index_value
  from aspect_index
  union all
  select instansi_code, year, framework_id, source, 'index' as scope, '' as scope_code, index_value
  from instansi_index
),
official as (
  select s.instansi_code, s.year, s.snapshot_on, s.scope, s.scope_code, c.index_value, c.year as official_year,
         row_number() over (partition by s.instansi_code, s.year, s.snapshot_on, s.scope, s.scope_code
                            order by c.year desc) as recency
  from scopes s
  join computed c
    on c.instansi_code = s.instansi_code and c.framework_id = s.framework_id and c.scope = s.scope
   and c.scope_code = s.scope_code and c.source = 'official' and c.year <= s.year
)
select s.instansi_code,
       s.year,
       s.snapshot_on,
       s.framework_id,
       s.scope,
       s.scope_code,
       cast(published_value(s.framework_id, s.exact_value) as decimal(6, 2)) as supported_value,
       cast(s.exact_value as decimal(10, 6)) as supported_value_exact,
       case when s.scope = 'index' then b.predikat end as predikat,
       cast(sa.index_value as decimal(6, 2)) as self_assessment_value,
       cast(o.index_value as decimal(6, 2)) as official_value,
       o.official_year,
       true as is_simulation,
       s.is_illustrative
from scopes s
left join predikat_band b
  on s.scope = 'index' and b.framework_id = s.framework_id
 and published_value(s.framework_id, s.exact_value) >= b.lower_inclusive
 and (b.upper_exclusive is null or published_value(s.framework_id, s.exact_value) < b.upper_exclusive)
left join computed sa
  on sa.instansi_code = s.instansi_code and sa.year = s.year and sa.framework_id = s.framework_id
 and sa.scope = s.scope and sa.scope_code = s.scope_code and sa.source = 'self_assessment'
left join official o
  on o.instansi_code = s.instansi_code and o.year = s.year and o.snapshot_on = s.snapshot_on
 and o.scope = s.scope and o.scope_code = s.scope_code and o.recency = 1
