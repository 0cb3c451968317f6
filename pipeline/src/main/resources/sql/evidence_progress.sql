-- evidence_progress: one row per instansi, year and snapshot: the progress line of the weeks before the deadline.
-- Why its own table: each ingested list is a snapshot, and the line is items accepted and the evidence-supported
-- index per snapshot, read as is by the dashboard.
with counts as (
  select instansi_code, year, snapshot_on, framework_id,
         count(*) as items_total,
         count_if(status = 'diterima') as items_diterima,
         count_if(status = 'revisi') as items_revisi,
         count_if(status = 'proses') as items_proses,
         count_if(status = 'draf') as items_draf,
         count_if(status = 'belum') as items_belum,
         bool_or(is_illustrative) as is_illustrative
  from evidence_item
  group by instansi_code, year, snapshot_on, framework_id
)
select c.instansi_code,
       c.year,
       c.snapshot_on,
       c.framework_id,
       c.items_total,
       c.items_diterima,
       c.items_revisi,
       c.items_proses,
       c.items_draf,
       c.items_belum,
       x.supported_value as supported_index,
       d.deadline,
       c.is_illustrative
from counts c
join evidence_index x
  on x.instansi_code = c.instansi_code and x.year = c.year and x.snapshot_on = c.snapshot_on and x.scope = 'index'
left join self_assessment_deadline d on d.instansi_code = c.instansi_code and d.year = c.year
