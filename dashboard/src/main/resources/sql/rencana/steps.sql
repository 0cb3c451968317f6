-- The steps of one framework's plan the viewer may see, in plan order, running totals only where the viewer may see every raise.
with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code),
placed as (select distinct indicator_code, aspect_code, domain_code from action_candidate
           where instansi_code = ? and framework_id = ?)
select x.* replace (
         -- an OPD's own raises numbered among themselves: the plan's numbers would count the hidden ones
         case when (viewer.everything or s.base_source = 'official') then x.step_no
              else row_number() over (order by x.step_no) end as step_no,
         case when (viewer.everything or s.base_source = 'official') then x.cumulative_effort end
           as cumulative_effort,
         case when (viewer.everything or s.base_source = 'official') then x.cumulative_index end
           as cumulative_index,
         case when (viewer.everything or s.base_source = 'official') then x.predikat end as predikat),
       placed.aspect_code, placed.domain_code, coalesce(o.opd_name, x.opd_code) as opd_name
from action_plan x
cross join viewer
join action_plan_summary s on s.instansi_code = x.instansi_code and s.framework_id = x.framework_id
left join placed on placed.indicator_code = x.indicator_code
left join opd o on o.instansi_code = x.instansi_code and o.opd_code = x.opd_code
where x.instansi_code = ? and x.framework_id = ?
  and coalesce(viewer.everything or s.base_source = 'official'
               or (s.instansi_code = viewer.instansi_code and x.opd_code = viewer.opd_code), false)
  and (?::varchar is null or placed.domain_code = ?::varchar)
  and (?::varchar is null or x.opd_code = ?::varchar)
order by x.step_no
