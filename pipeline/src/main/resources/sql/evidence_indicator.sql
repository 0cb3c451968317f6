-- evidence_indicator: one row per instansi, year, snapshot and indicator of the framework.
-- Why: the level the accepted evidence supports is what the assessors can confirm; set beside the penilaian
-- mandiri it shows the claims the evidence does not carry yet, and the next level's open items say what is left.
-- The supported value is a whole level: how Pemdi turns items into a decimal is not published, so the
-- simulation never credits part of a level. Externally scored indicators take their external value instead.
with reached as (
  select instansi_code, year, snapshot_on, framework_id, indicator_code, indicator_no, aspect_code,
         coalesce(max(case when is_reached then level end), 0) as supported_level,
         bool_or(is_illustrative) as is_illustrative
  from evidence_level
  group by instansi_code, year, snapshot_on, framework_id, indicator_code, indicator_no, aspect_code
),
items as (
  select instansi_code, year, snapshot_on, indicator_code,
         count(*) as items_listed,
         count_if(status = 'diterima') as items_accepted
  from evidence_item
  group by instansi_code, year, snapshot_on, indicator_code
),
item_opd as (
  select instansi_code, year, snapshot_on, indicator_code, opd_code,
         row_number() over (partition by instansi_code, year, snapshot_on, indicator_code
                            order by count(*) desc, opd_code) as rank
  from evidence_item
  where opd_code is not null
  group by instansi_code, year, snapshot_on, indicator_code, opd_code
),
owner as (
  select r.instansi_code, r.year, r.snapshot_on, r.indicator_code, o.opd_code,
         row_number() over (partition by r.instansi_code, r.year, r.snapshot_on, r.indicator_code
                            order by o.year desc) as recency
  from reached r
  join indicator_owner o
    on o.instansi_code = r.instansi_code and o.framework_id = r.framework_id
   and o.indicator_code = r.indicator_code and o.year <= r.year
  where o.opd_code is not null
),
official as (
  select r.instansi_code, r.year, r.snapshot_on, r.indicator_code, s.maturity_level, s.year as official_year,
         row_number() over (partition by r.instansi_code, r.year, r.snapshot_on, r.indicator_code
                            order by s.year desc) as recency
  from reached r
  join indicator_score s
    on s.instansi_code = r.instansi_code and s.framework_id = r.framework_id
   and s.indicator_code = r.indicator_code and s.source = 'official' and s.year <= r.year
),
valued as (
  select r.*, i.indicator_name, i.weight_pct, i.is_externally_scored, f.level_min, f.level_max,
         e.value as external_value,
         case when i.is_externally_scored then coalesce(e.value, f.level_min)
              else greatest(r.supported_level, f.level_min) end as supported_value,
         case when not i.is_externally_scored then 'evidence'
              when e.value is not null then 'external_index'
              else 'external_pending' end as value_basis,
         claim.maturity_level as claimed_value
  from reached r
  join indicator i on i.framework_id = r.framework_id and i.indicator_code = r.indicator_code
  join framework f on f.framework_id = r.framework_id
  left join external_index_value e
    on e.instansi_code = r.instansi_code and e.year = r.year and e.framework_id = r.framework_id
   and e.indicator_code = r.indicator_code
  left join indicator_score claim
    on claim.instansi_code = r.instansi_code and claim.year = r.year and claim.framework_id = r.framework_id
   and claim.indicator_code = r.indicator_code and claim.source = 'self_assessment'
)
select v.instansi_code,
       v.year,
       v.snapshot_on,
       v.framework_id,
       v.indicator_code,
       v.indicator_no,
       v.indicator_name,
       v.aspect_code,
       v.weight_pct,
       coalesce(io.opd_code, ow.opd_code) as opd_code,
       v.is_externally_scored,
       case when v.is_externally_scored then null else v.supported_level end as supported_level,
       cast(v.supported_value as decimal(5, 2)) as supported_value,
       v.value_basis,
       case when v.is_externally_scored or v.supported_level >= v.level_max then null
            else v.supported_level + 1 end as next_level,
       coalesce(nl.main_items - nl.main_accepted, 0) as next_level_open,
       coalesce(nl.main_revisi, 0) as next_level_revisi,
       coalesce(it.items_listed, 0) as items_listed,
       coalesce(it.items_accepted, 0) as items_accepted,
       cast(v.claimed_value as decimal(5, 2)) as claimed_value,
       cast(case when v.claimed_value is null then null
                 when v.claimed_value > v.supported_value then v.claimed_value - v.supported_value
                 else 0 end as decimal(5, 2)) as claim_excess,
       coalesce(v.value_basis <> 'external_pending' and v.claimed_value > v.supported_value, false)
         as claims_above_evidence,
       cast(off.maturity_level as decimal(5, 2)) as official_value,
       off.official_year,
       v.is_illustrative
from valued v
left join evidence_level nl
  on not v.is_externally_scored and nl.instansi_code = v.instansi_code and nl.year = v.year
 and nl.snapshot_on = v.snapshot_on and nl.indicator_code = v.indicator_code and nl.level = v.supported_level + 1
left join items it
  on it.instansi_code = v.instansi_code and it.year = v.year and it.snapshot_on = v.snapshot_on
 and it.indicator_code = v.indicator_code
left join item_opd io
  on io.instansi_code = v.instansi_code and io.year = v.year and io.snapshot_on = v.snapshot_on
 and io.indicator_code = v.indicator_code and io.rank = 1
left join owner ow
  on ow.instansi_code = v.instansi_code and ow.year = v.year and ow.snapshot_on = v.snapshot_on
 and ow.indicator_code = v.indicator_code and ow.recency = 1
left join official off
  on off.instansi_code = v.instansi_code and off.year = v.year and off.snapshot_on = v.snapshot_on
 and off.indicator_code = v.indicator_code and off.recency = 1
