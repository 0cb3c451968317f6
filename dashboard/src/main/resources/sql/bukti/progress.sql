-- Every evidence snapshot of one year, oldest first: the progress line.
select * from evidence_progress where instansi_code = ? and year = ? order by snapshot_on
