-- The refused cells of one run, at most a limit; raw values and messages only for viewers who see every OPD.
select source_file, source_sheet, source_row, column_name,
       case when ?::boolean then raw_value end as raw_value, reason_code,
       case when ?::boolean then message_id end as message_id,
       case when ?::boolean then message_en end as message_en
from quarantined_row where run_id = ?
order by source_file, source_row, column_name, reason_code
limit ?
