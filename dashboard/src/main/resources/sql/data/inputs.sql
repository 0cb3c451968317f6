-- The input files of one pipeline run.
select * from pipeline_run_input where run_id = ? order by file, path
