-- Every year the instansi has an index, a target, an indicator result or a scorecard in, latest first.
select year from trend where instansi_code = ?
union select year from instansi_index where instansi_code = ?
union select year from gap_to_target where instansi_code = ?
union select year from opd_scorecard where instansi_code = ?
order by year desc
