-- Per aspect of a framework (of one domain, if given): the official and self-assessed index of one year and the target.
select a.aspect_code as code, a.aspect_name as name, a.domain_code as parent_code, a.weight_pct,
       o.index_value as official, o.is_partial as official_partial,
       case when ?::boolean then m.index_value end as self_assessment,
       case when ?::boolean then m.is_partial end as self_assessment_partial,
       t.target_value as target, coalesce(t.indicators, 0) as indicators
from aspect a
left join aspect_index o on o.instansi_code = ? and o.year = ? and o.framework_id = a.framework_id
     and o.aspect_code = a.aspect_code and o.source = 'official'
left join aspect_index m on m.instansi_code = ? and m.year = ? and m.framework_id = a.framework_id
     and m.aspect_code = a.aspect_code and m.source = 'self_assessment'
left join scope_target t on t.instansi_code = ? and t.year = ? and t.framework_id = a.framework_id
     and t.scope = 'aspect' and t.scope_code = a.aspect_code
where a.framework_id = ? and (?::varchar is null or a.domain_code = ?::varchar)
order by try_cast(substr(a.aspect_code, 2) as integer), a.aspect_code
