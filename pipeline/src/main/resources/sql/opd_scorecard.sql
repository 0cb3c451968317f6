-- opd_scorecard: one row per instansi, year and OPD pengampu: what it owns, how far its indicators are from their
-- targets, how its self-assessment compares with the evaluators, and whether it filled the penilaian mandiri by
-- the internal deadline (Blitar 2023: 2 July). Why per OPD: improvement is assigned and followed up per OPD.
with owned as (
  select instansi_code, year, framework_id, opd_code, indicator_code
  from indicator_ownership
),
gaps as (
  -- gap_to_target names each indicator's owner from indicator_ownership already: summed by it, without joining the
  -- ownership rows again (a shuffle and sort of 216,000 rows on each side, national set)
  select instansi_code, year, opd_code,
         sum(levels_missing) as levels_missing,
         sum(index_points_at_stake) as weighted_gap_points
  from gap_to_target
  where opd_code is not null
  group by instansi_code, year, opd_code
),
calibration as (
  select o.instansi_code, o.year, o.opd_code,
         avg(c.level_difference) as mean_bias,
         count_if(c.calibration = 'over') as over_claimed,
         count_if(c.calibration = 'under') as under_claimed
  from owned o
  join calibration_indicator c
    on c.instansi_code = o.instansi_code and c.year = o.year and c.framework_id = o.framework_id
   and c.indicator_code = o.indicator_code and c.calibration in ('over', 'under', 'match')
  group by o.instansi_code, o.year, o.opd_code
),
filled as (
  -- rows of the penilaian mandiri on the OPD's indicators, with when they were filled
  select o.instansi_code, o.year, o.opd_code, o.indicator_code, a.submitted_on
  from owned o
  join indicator_assessment a
    on a.instansi_code = o.instansi_code and a.year = o.year and a.framework_id = o.framework_id
   and a.indicator_code = o.indicator_code and a.source = 'self_assessment'
),
filling as (
  select f.instansi_code, f.year, f.opd_code,
         count(distinct f.indicator_code) as self_assessed,
         max(f.submitted_on) as last_submitted_on,
         count_if(d.deadline is not null and f.submitted_on > d.deadline) as late_rows
  from filled f
  left join self_assessment_deadline d on d.instansi_code = f.instansi_code and d.year = f.year
  group by f.instansi_code, f.year, f.opd_code
),
ownership as (
  select instansi_code, year, framework_id, opd_code, count(*) as indicators_owned
  from owned
  group by instansi_code, year, framework_id, opd_code
)
select w.instansi_code,
       w.year,
       w.framework_id,
       w.opd_code,
       p.opd_name,
       w.indicators_owned,
       cast(coalesce(g.levels_missing, 0) as decimal(9, 4)) as levels_missing,
       cast(coalesce(g.weighted_gap_points, 0) as decimal(10, 6)) as weighted_gap_points,
       cast(c.mean_bias as decimal(8, 4)) as calibration_mean_bias,
       coalesce(c.over_claimed, 0) as over_claimed,
       coalesce(c.under_claimed, 0) as under_claimed,
       coalesce(f.self_assessed, 0) as self_assessed,
       coalesce(f.self_assessed, 0) = w.indicators_owned as self_assessment_complete,
       d.deadline,
       f.last_submitted_on,
       coalesce(f.late_rows, 0) as late_rows,
       case when d.deadline is null then null
            else coalesce(f.self_assessed, 0) = w.indicators_owned and coalesce(f.late_rows, 0) = 0 end
         as complete_by_deadline
from ownership w
left join gaps g on g.instansi_code = w.instansi_code and g.year = w.year and g.opd_code = w.opd_code
left join calibration c on c.instansi_code = w.instansi_code and c.year = w.year and c.opd_code = w.opd_code
left join filling f on f.instansi_code = w.instansi_code and f.year = w.year and f.opd_code = w.opd_code
left join self_assessment_deadline d on d.instansi_code = w.instansi_code and d.year = w.year
left join opd p on p.instansi_code = w.instansi_code and p.opd_code = w.opd_code
