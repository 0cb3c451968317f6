-- The instansi's trend rows (index, target, distance, change, framework breaks), oldest year first.
select * from trend where instansi_code = ? order by year
