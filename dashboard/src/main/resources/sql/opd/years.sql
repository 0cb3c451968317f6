-- The years the instansi has OPD scorecards for, latest first.
select distinct year from opd_scorecard where instansi_code = ? order by year desc
