-- The instansi's projections of its index towards the target, per framework.
select * from projection where instansi_code = ? order by last_year
