-- The years the instansi has a gap table for, latest first.
select distinct year from gap_to_target where instansi_code = ? order by year desc
