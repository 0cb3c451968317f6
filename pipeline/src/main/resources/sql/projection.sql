-- projection: one row per instansi and framework with official indices: the least-squares pace of the official
-- index, when the RPJMD target is reached at that pace, and the yearly gain needed to reach it in time. Why per
-- framework: a line fitted across the 2021 or 2026 break would be fitted to two different instruments. The
-- deadline is the RPJMD end year, or the framework's last year if it ends first (the last Indeks SPBE was 2025).
-- A pace that reaches the target only after the framework's last year reaches it on no index at all (Indeks SPBE
-- 3.5 "in 2026" would be a year scored on Indeks Pemdi): that year is left empty and flagged instead.
with points as (
  select instansi_code, framework_id, year, index_value
  from instansi_index
  where source = 'official'
),
fitted as (
  select instansi_code, framework_id,
         count(*) as points,
         min(year) as first_year,
         max(year) as last_year,
         max_by(index_value, year) as last_index,
         regr_slope(cast(index_value as double), cast(year as double)) as slope,
         regr_intercept(cast(index_value as double), cast(year as double)) as intercept
  from points
  group by instansi_code, framework_id
),
end_target as (
  -- the target of the RPJMD's last year on this framework's scale
  select f.instansi_code, f.framework_id, r.target_index, r.year as target_year,
         row_number() over (partition by f.instansi_code, f.framework_id order by r.year desc) as pick
  from fitted f
  join framework fw on fw.framework_id = f.framework_id
  join rpjmd_target r on r.instansi_code = f.instansi_code and r.index_scale = fw.index_scale
),
projected as (
  select f.*, fw.index_scale, fw.year_to, t.target_index, t.target_year,
         least(t.target_year, coalesce(fw.year_to, t.target_year)) as deadline_year,
         case when f.points > 1 then f.intercept + f.slope * f.last_year end as fitted_last_value
  from fitted f
  join framework fw on fw.framework_id = f.framework_id
  left join end_target t on t.instansi_code = f.instansi_code and t.framework_id = f.framework_id and t.pick = 1
),
paced as (
  select p.*,
         -- a pace of under 0.0001 a year (what slope_per_year shows as 0) or a year past the horizon is "not at this
         -- pace": a near-flat fitted line would otherwise put the year in the millions and overflow the int
         case when p.last_index < p.target_index and p.slope >= 0.0001
               and ceil((cast(p.target_index as double) - p.intercept) / p.slope) <= p.last_year + 100
              then cast(ceil((cast(p.target_index as double) - p.intercept) / p.slope) as int) end as pace_year
  from projected p
)
select instansi_code,
       framework_id,
       index_scale,
       points,
       first_year,
       last_year,
       last_index,
       cast(slope as decimal(8, 4)) as slope_per_year,
       cast(fitted_last_value as decimal(8, 4)) as fitted_last,
       target_index,
       target_year,
       deadline_year,
       coalesce(last_index >= target_index, false) as target_already_reached,
       case when last_index >= target_index then last_year
            when pace_year <= coalesce(year_to, pace_year) then pace_year end as year_target_reached,
       coalesce(pace_year > year_to, false) as pace_beyond_framework,
       case when target_index is not null and last_index < target_index and deadline_year > last_year
            then cast((target_index - last_index) / (deadline_year - last_year) as decimal(8, 4)) end
         as required_yearly_gain,
       case when target_index is null or last_index >= target_index or deadline_year <= last_year or points < 2 then null
            else slope >= cast((target_index - last_index) / (deadline_year - last_year) as double) end as on_track
from paced
