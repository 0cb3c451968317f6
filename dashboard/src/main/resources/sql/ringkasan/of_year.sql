-- The trend row of one year, if the instansi has one.
select * from trend where instansi_code = ? and year = ?
