-- scope_target: one row per instansi, year, framework and domain or aspect with indicators in gap_to_target: the
-- index the domain (aspect) would have with every indicator at its target level.
-- Why here: the Domain & aspek view and its exports show it beside the official and self-assessed values, and a
-- target is only a target where one was given: when any of its indicators has no target but the framework's top
-- level (target_basis framework_max), there is none (null), never "5.00".
with scopes as (
  select instansi_code, year, framework_id, 'aspect' as scope, aspect_code as scope_code, weight_pct, target_level,
         target_basis, is_illustrative
  from gap_to_target
  union all
  select instansi_code, year, framework_id, 'domain' as scope, domain_code as scope_code, weight_pct, target_level,
         target_basis, is_illustrative
  from gap_to_target
  where domain_code is not null
)
select instansi_code,
       year,
       framework_id,
       scope,
       scope_code,
       count(*) as indicators,
       count_if(target_basis = 'framework_max') as indicators_without_target,
       case when count_if(target_basis = 'framework_max') = 0
            then published_value(framework_id, sum(weight_pct * target_level) / sum(weight_pct)) end as target_value,
       bool_or(is_illustrative) as is_illustrative
from scopes
group by instansi_code, year, framework_id, scope, scope_code
