-- target_conversion: one row per instansi and year whose RPJMD target was set on the scale of another index than
-- the framework in force that year (Blitar's 3.5 on Indeks SPBE for 2026, a year scored on Indeks Pemdi). Why:
-- PermenPANRB 8/2026 Pasal 11 makes every instansi re-state its targets on the Indeks Pemdi scale, and the two
-- scales are not comparable. The suggestion keeps the target's place inside its predikat band: the same predikat,
-- at the same relative position between the band's bounds (a top band ends at the framework's highest level). It
-- is only a suggestion: the target the planner enters on the new scale (restated_target) is the one used.
with off_scale as (
  select r.instansi_code, r.year, r.target_index as given_target, r.index_scale as given_scale, r.is_illustrative,
         f.framework_id, f.index_scale
  from rpjmd_target r
  join framework f on r.year >= f.year_from and (f.year_to is null or r.year <= f.year_to)
  where r.index_scale <> f.index_scale
),
given_framework as (
  -- the latest framework of the scale the target was set on: PermenPANRB 59/2020 for Indeks SPBE
  select index_scale, max_by(framework_id, year_from) as framework_id
  from framework
  group by index_scale
),
bands as (
  select b.framework_id, b.predikat, b.predikat_rank, b.lower_inclusive, b.upper_exclusive is null as is_top,
         coalesce(b.upper_exclusive, cast(f.level_max as decimal(4, 2))) as upper_bound
  from predikat_band b
  join framework f on f.framework_id = b.framework_id
),
placed as (
  select o.*, g.framework_id as given_framework_id, b.predikat as given_predikat, b.predikat_rank,
         (o.given_target - b.lower_inclusive) / (b.upper_bound - b.lower_inclusive) as band_position
  from off_scale o
  join given_framework g on g.index_scale = o.given_scale
  left join bands b
    on b.framework_id = g.framework_id and o.given_target >= b.lower_inclusive
   and (o.given_target < b.upper_bound or (b.is_top and o.given_target <= b.upper_bound))
),
suggested as (
  select p.*, n.predikat as suggested_predikat,
         published_value(p.framework_id, n.lower_inclusive + p.band_position * (n.upper_bound - n.lower_inclusive))
           as suggested_target
  from placed p
  left join bands n on n.framework_id = p.framework_id and n.predikat_rank = p.predikat_rank
),
first_result as (
  -- the instansi's first official result on the new framework, the baseline a re-stated target starts from
  select instansi_code, framework_id, min(year) as first_result_year,
         min_by(index_value, year) as first_result_index, min_by(predikat, year) as first_result_predikat
  from instansi_index
  where source = 'official'
  group by instansi_code, framework_id
)
select s.instansi_code,
       s.year,
       s.framework_id,
       s.index_scale,
       s.given_target,
       s.given_scale,
       s.given_framework_id,
       s.given_predikat,
       cast(s.band_position as decimal(6, 4)) as band_position,
       s.suggested_target,
       s.suggested_predikat,
       r.target_index as restated_target,
       fr.first_result_year,
       fr.first_result_index,
       fr.first_result_predikat,
       s.is_illustrative
from suggested s
left join rpjmd_target r
  on r.instansi_code = s.instansi_code and r.year = s.year and r.index_scale = s.index_scale
left join first_result fr on fr.instansi_code = s.instansi_code and fr.framework_id = s.framework_id
