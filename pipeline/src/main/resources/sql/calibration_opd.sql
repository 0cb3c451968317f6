-- calibration_opd: one row per instansi, year, framework and OPD pengampu that self-assessed indicators the
-- evaluators also scored. Why: the bias is the OPD's, not the regency's; Bappeda needs to know which OPDs
-- over-claim (and by how many index points) before trusting next year's penilaian mandiri.
select instansi_code,
       year,
       framework_id,
       opd_code,
       count(*) as indicators_compared,
       cast(avg(level_difference) as decimal(8, 4)) as mean_bias,
       cast(sum(index_points_difference) as decimal(10, 6)) as weighted_bias_points,
       count_if(calibration = 'over') as over_claimed,
       count_if(calibration = 'under') as under_claimed,
       count_if(calibration = 'match') as matched
from calibration_indicator
where opd_code is not null and calibration in ('over', 'under', 'match')
group by instansi_code, year, framework_id, opd_code
