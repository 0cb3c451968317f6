-- How many cells one run refused in all.
select count(*) as n from quarantined_row where run_id = ?
