-- The pipeline runs recorded up to the published version, latest first.
select * from pipeline_run order by started_at desc, run_id desc
