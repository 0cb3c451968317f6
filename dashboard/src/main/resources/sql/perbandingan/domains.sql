-- The instansi's official domain index of one year beside the published national average of that domain.
select d.domain_code, d.domain_name, di.index_value as instansi_value, n.index_value as national_published
from domain d
left join domain_index di on di.instansi_code = ? and di.year = ? and di.framework_id = d.framework_id
     and di.domain_code = d.domain_code and di.source = 'official'
left join published_national_index n on n.year = ? and n.scope = 'domain' and n.domain_code = d.domain_code
where d.framework_id = ?
order by try_cast(substr(d.domain_code, 2) as integer), d.domain_code
