-- One scorecard per OPD pengampu of one year, calibration and self-assessed gaps only where the viewer may see them.
with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code),
card as (
  select s.*, co.indicators_compared, co.weighted_bias_points, co.matched,
         coalesce(viewer.everything
                  or (s.instansi_code = viewer.instansi_code and s.opd_code = viewer.opd_code), false) as visible,
         exists (select 1 from gap_to_target g where g.instansi_code = s.instansi_code and g.year = s.year
                 and g.framework_id = s.framework_id and g.opd_code = s.opd_code
                 and g.level_source <> 'official') as from_self
  from opd_scorecard s
  cross join viewer
  left join calibration_opd co on co.instansi_code = s.instansi_code and co.year = s.year
       and co.framework_id = s.framework_id and co.opd_code = s.opd_code
  where s.instansi_code = ? and s.year = ? and (?::varchar is null or s.opd_code = ?::varchar)
)
select opd_code, coalesce(opd_name, opd_code) as opd_name, framework_id, indicators_owned,
       case when visible or not from_self then levels_missing end as levels_missing,
       case when visible or not from_self then weighted_gap_points end as weighted_gap_points,
       case when visible then indicators_compared end as indicators_compared,
       case when visible then calibration_mean_bias end as calibration_mean_bias,
       case when visible then weighted_bias_points end as weighted_bias_points,
       case when visible then over_claimed end as over_claimed,
       case when visible then under_claimed end as under_claimed,
       case when visible then matched end as matched,
       self_assessed, self_assessment_complete, deadline, last_submitted_on, late_rows, complete_by_deadline,
       not visible as calibration_hidden, not visible and from_self as gap_hidden
from card
order by case when visible or not from_self then card.weighted_gap_points end desc nulls last, opd_code
