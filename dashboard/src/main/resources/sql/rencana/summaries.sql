-- The instansi's plan per framework, latest base year first; steps, effort and planned index withheld from an OPD-scoped viewer of a plan built on a self-assessment.
with viewer as (select ?::boolean as everything),
shown as (select s.* replace (
            case when viewer.everything or s.base_source = 'official' then s.steps end as steps,
            case when viewer.everything or s.base_source = 'official' then s.total_effort end as total_effort,
            case when viewer.everything or s.base_source = 'official' then s.planned_index end
              as planned_index,
            case when viewer.everything or s.base_source = 'official' then s.planned_predikat end
              as planned_predikat,
            case when viewer.everything or s.base_source = 'official' then s.planned_index_published end
              as planned_index_published)
          from action_plan_summary s cross join viewer)
select s.* from shown s
where s.instansi_code = ?
order by s.base_year desc, s.framework_id
