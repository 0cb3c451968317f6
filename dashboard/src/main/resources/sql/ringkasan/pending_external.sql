-- The latest official result with indicators still waiting for their external index, if any.
select year, indicators_pending_external from instansi_index
where instansi_code = ? and source = 'official' and indicators_pending_external > 0
order by year desc limit 1
