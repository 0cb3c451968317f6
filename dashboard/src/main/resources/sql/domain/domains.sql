-- Per domain of a framework: the official and self-assessed index of one year and the target (self index only for viewers who see partial self aggregates).
select d.domain_code as code, d.domain_name as name, null as parent_code, d.weight_pct,
       o.index_value as official, o.is_partial as official_partial,
       case when ?::boolean then m.index_value end as self_assessment,
       case when ?::boolean then m.is_partial end as self_assessment_partial,
       t.target_value as target, coalesce(t.indicators, 0) as indicators
from domain d
left join domain_index o on o.instansi_code = ? and o.year = ? and o.framework_id = d.framework_id
     and o.domain_code = d.domain_code and o.source = 'official'
left join domain_index m on m.instansi_code = ? and m.year = ? and m.framework_id = d.framework_id
     and m.domain_code = d.domain_code and m.source = 'self_assessment'
left join scope_target t on t.instansi_code = ? and t.year = ? and t.framework_id = d.framework_id
     and t.scope = 'domain' and t.scope_code = d.domain_code
where d.framework_id = ?
order by try_cast(substr(d.domain_code, 2) as integer), d.domain_code
