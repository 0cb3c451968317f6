-- The evidence snapshot dates of one year, latest first.
select distinct snapshot_on from evidence_progress where instansi_code = ? and year = ?
order by snapshot_on desc
