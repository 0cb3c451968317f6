-- indicator_ownership: one row per instansi, year, framework and indicator with a known OPD pengampu.
-- Why one table: the gap table, the OPD scorecards and the action plan must all name the same OPD. The owners
-- file (latest assignment up to that year) decides; without one, the OPD that filled the self-assessment.
with years as (
  select distinct instansi_code, year, framework_id from indicator_assessment
),
slots as (
  select y.instansi_code, y.year, y.framework_id, i.indicator_code
  from years y
  join indicator i on i.framework_id = y.framework_id
),
assigned as (
  select s.instansi_code, s.year, s.framework_id, s.indicator_code, o.opd_code,
         row_number() over (partition by s.instansi_code, s.year, s.framework_id, s.indicator_code
                            order by o.year desc) as recency
  from slots s
  join indicator_owner o
    on o.instansi_code = s.instansi_code and o.framework_id = s.framework_id
   and o.indicator_code = s.indicator_code and o.year <= s.year
  where o.opd_code is not null
),
self_assessed as (
  select instansi_code, year, framework_id, indicator_code, min_by(opd_code, item_no) as opd_code
  from indicator_assessment
  where source = 'self_assessment' and opd_code is not null
  group by instansi_code, year, framework_id, indicator_code
)
select s.instansi_code,
       s.year,
       s.framework_id,
       s.indicator_code,
       coalesce(a.opd_code, f.opd_code) as opd_code,
       case when a.opd_code is not null then 'owner_list' else 'self_assessment' end as owner_basis
from slots s
left join assigned a
  on a.instansi_code = s.instansi_code and a.year = s.year and a.framework_id = s.framework_id
 and a.indicator_code = s.indicator_code and a.recency = 1
left join self_assessed f
  on f.instansi_code = s.instansi_code and f.year = s.year and f.framework_id = s.framework_id
 and f.indicator_code = s.indicator_code
where coalesce(a.opd_code, f.opd_code) is not null
