-- The instansi's OPDs: the OPD list, plus any OPD pengampu the results name that the list lacks.
select opd_code, opd_name, opd_short from opd where instansi_code = ?
union
select distinct w.opd_code, w.opd_code as opd_name, null as opd_short
from indicator_ownership w
where w.instansi_code = ? and w.opd_code not in (select opd_code from opd where instansi_code = ?)
order by opd_name, opd_code
