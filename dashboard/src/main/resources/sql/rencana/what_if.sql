-- The index after the picked raises (two parallel lists): base_index plus their cumulative_index_points, rounded as published, with its predikat.
with chosen as (select unnest(?::varchar[]) as indicator_code, unnest(?::integer[]) as to_level),
menu as (select * from action_candidate where instansi_code = ? and framework_id = ?),
base as (select any_value(base_year) as base_year, any_value(base_source) as base_source,
                any_value(base_index) as base_index, any_value(target_index) as target_index,
                any_value(target_year) as target_year
         from menu),
picked as (select coalesce(sum(m.cumulative_index_points), 0) as added_points, count(*) as raises
           from menu m join chosen h on h.indicator_code = m.indicator_code and h.to_level = m.to_level),
effort as (select coalesce(sum(m.effort), 0) as total_effort
           from menu m join chosen h on h.indicator_code = m.indicator_code and m.to_level <= h.to_level),
result as (select base.*, picked.added_points, picked.raises, effort.total_effort,
                  base.base_index + picked.added_points as what_if_index_exact,
                  round(base.base_index + picked.added_points, 2) as what_if_index
           from base, picked, effort)
select r.*, bb.predikat as base_predikat, bb.predikat_en as base_predikat_en, b.predikat, b.predikat_en,
       r.target_index - r.what_if_index as distance_to_target,
       case when r.target_index is null then null else r.what_if_index >= r.target_index end as reaches_target
from result r
left join predikat_band b on b.framework_id = ? and r.what_if_index >= b.lower_inclusive
     and (b.upper_exclusive is null or r.what_if_index < b.upper_exclusive)
left join predikat_band bb on bb.framework_id = ? and round(r.base_index, 2) >= bb.lower_inclusive
     and (bb.upper_exclusive is null or round(r.base_index, 2) < bb.upper_exclusive)
