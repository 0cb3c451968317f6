-- The published national figures: the index and each domain, by year.
select n.year, n.framework_id, n.scope, n.domain_code, d.domain_name, n.index_value, n.status, n.source
from published_national_index n
left join domain d on d.framework_id = n.framework_id and d.domain_code = n.domain_code
order by n.year, n.scope desc, n.domain_code
