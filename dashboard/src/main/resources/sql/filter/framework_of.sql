-- The framework of the instansi's index in a year, else the framework in force that year.
select coalesce(
  (select framework_id from trend where instansi_code = ? and year = ?),
  (select framework_id from framework where year_from <= ? and (year_to is null or year_to >= ?)
   order by year_from desc limit 1)) as framework_id
