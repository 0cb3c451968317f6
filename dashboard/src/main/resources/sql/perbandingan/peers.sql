-- The instansi's peers as peer_benchmark groups them (same kind, framework and year), highest index first.
select p.instansi_code, coalesce(i.instansi_name, p.instansi_code) as instansi_name, p.instansi_kind,
       i.province_name, p.index_value, ii.predikat, ii.predikat_en, p.instansi_code = me.instansi_code
         as is_selected
from peer_benchmark me
join peer_benchmark p on p.peer_group = me.peer_group
left join instansi_index ii on ii.instansi_code = p.instansi_code and ii.year = p.year
     and ii.framework_id = p.framework_id and ii.source = 'official'
left join instansi i on i.instansi_code = p.instansi_code
where me.instansi_code = ? and me.year = ?
order by p.index_value desc, instansi_name
