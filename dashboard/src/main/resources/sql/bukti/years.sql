-- The years the instansi has evidence for, latest first.
select distinct year from evidence_progress where instansi_code = ? order by year desc
