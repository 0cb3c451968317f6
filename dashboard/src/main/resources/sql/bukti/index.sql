-- The evidence-supported index of one snapshot, then its aspects in number order (aspects only for viewers who see everything).
select x.*, a.aspect_name
from evidence_index x
left join aspect a on a.framework_id = x.framework_id and a.aspect_code = x.scope_code
where x.instansi_code = ? and x.year = ? and x.snapshot_on = ? and (x.scope = 'index' or ?::boolean)
order by x.scope <> 'index', try_cast(substr(x.scope_code, 2) as integer), x.scope_code
