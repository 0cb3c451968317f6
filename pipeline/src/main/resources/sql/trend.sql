-- trend: one row per instansi and year with an index or an RPJMD target: official and self-assessed index, the
-- target, the distance to it and the change on the previous year. Why a table: Bappeda reads this series every
-- year, and it must never splice two frameworks silently. A framework change is flagged, a change is only
-- computed within one framework, and an RPJMD target set on the SPBE index is shown against Indeks Pemdi
-- 2026 only as "not comparable". The comparable-subset index sits beside the totals.
with years as (
  select instansi_code, year from instansi_index
  union
  select instansi_code, year from rpjmd_target
),
official as (
  select * from instansi_index where source = 'official'
),
self as (
  select * from instansi_index where source = 'self_assessment'
),
in_force as (
  select y.instansi_code, y.year,
         coalesce(o.framework_id, s.framework_id, f.framework_id) as framework_id,
         o.index_value as official_index, o.predikat as official_predikat, o.basis as official_basis,
         s.index_value as self_assessment_index, s.predikat as self_assessment_predikat,
         coalesce(o.is_illustrative, s.is_illustrative) as is_illustrative
  from years y
  left join official o on o.instansi_code = y.instansi_code and o.year = y.year
  left join self s on s.instansi_code = y.instansi_code and s.year = y.year
  left join framework f on y.year >= f.year_from and (f.year_to is null or y.year <= f.year_to)
),
described as (
  select i.*, f.index_name, f.index_scale
  from in_force i
  left join framework f on f.framework_id = i.framework_id
),
target_pick as (
  -- the year's target on the index's own scale when there is one, else the one set on another scale
  select d.instansi_code, d.year, r.target_index, r.index_scale as target_scale,
         row_number() over (partition by d.instansi_code, d.year
                            order by case when r.index_scale = d.index_scale then 0 else 1 end, r.index_scale) as pick
  from described d
  join rpjmd_target r on r.instansi_code = d.instansi_code and r.year = d.year
),
with_previous as (
  select d.*,
         last_value(case when d.official_index is not null then d.year end, true) over w as previous_year,
         last_value(case when d.official_index is not null then d.official_index end, true) over w as previous_official,
         last_value(case when d.official_index is not null then d.framework_id end, true) over w as previous_official_framework,
         last_value(case when d.official_index is not null or d.self_assessment_index is not null
                         then d.framework_id end, true) over w as previous_framework
  from described d
  window w as (partition by d.instansi_code order by d.year rows between unbounded preceding and 1 preceding)
)
select p.instansi_code,
       p.year,
       p.framework_id,
       p.index_name,
       p.index_scale,
       p.official_index,
       p.official_predikat,
       p.official_basis,
       p.self_assessment_index,
       p.self_assessment_predikat,
       t.target_index as rpjmd_target,
       t.target_scale,
       case when t.target_index is null then null else t.target_scale = p.index_scale end as target_comparable,
       case when t.target_scale = p.index_scale and p.official_index is not null
            then cast(t.target_index - p.official_index as decimal(6, 3)) end as distance_to_target,
       p.previous_year,
       case when p.official_index is not null and p.previous_official_framework = p.framework_id
            then cast(p.official_index - p.previous_official as decimal(6, 2)) end as change_on_previous,
       coalesce(p.previous_framework <> p.framework_id
                and (p.official_index is not null or p.self_assessment_index is not null), false) as framework_break,
       co.comparable_value as comparable_official,
       cs.comparable_value as comparable_self_assessment,
       p.is_illustrative
from with_previous p
left join target_pick t on t.instansi_code = p.instansi_code and t.year = p.year and t.pick = 1
left join comparable_index co
  on co.instansi_code = p.instansi_code and co.year = p.year and co.source = 'official'
left join comparable_index cs
  on cs.instansi_code = p.instansi_code and cs.year = p.year and cs.source = 'self_assessment'
