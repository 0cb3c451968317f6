-- calibration_scope: one row per instansi, year, framework, scope and code where both the self-assessment and the
-- official result have a value. Why: an RPJMD review starts from "how far off was our own assessment", per
-- aspect and domain before per indicator.
with scoped as (
  select instansi_code, year, framework_id, 'index' as scope, '' as scope_code, source, index_value, predikat
  from instansi_index
  union all
  select instansi_code, year, framework_id, 'domain' as scope, domain_code as scope_code, source, index_value,
         cast(null as string) as predikat
  from domain_index
  union all
  select instansi_code, year, framework_id, 'aspect' as scope, aspect_code as scope_code, source, index_value,
         cast(null as string) as predikat
  from aspect_index
)
select s.instansi_code,
       s.year,
       s.framework_id,
       s.scope,
       s.scope_code,
       s.index_value as self_value,
       o.index_value as official_value,
       cast(s.index_value - o.index_value as decimal(6, 2)) as difference,
       s.predikat as self_predikat,
       o.predikat as official_predikat
from scoped s
join scoped o
  on o.instansi_code = s.instansi_code and o.year = s.year and o.framework_id = s.framework_id
 and o.scope = s.scope and o.scope_code = s.scope_code
where s.source = 'self_assessment' and o.source = 'official'
