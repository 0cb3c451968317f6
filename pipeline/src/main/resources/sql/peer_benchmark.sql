-- peer_benchmark: one row per instansi and year with an official index: its rank and percentile among the loaded
-- instansi of the same kind (provinsi, kabupaten, kota, pusat) under the same framework, and the province and
-- national means. Why only loaded instansi: the means are over what this warehouse holds (a province's or the
-- ministry's full results when loaded); the published national figure is shown beside them from reference data.
with official as (
  select i.instansi_code, i.year, i.framework_id, i.index_value, n.instansi_kind, n.province_code
  from instansi_index i
  left join instansi n on n.instansi_code = i.instansi_code
  where i.source = 'official'
),
placed as (
  select o.*,
         count(*) over kind as peer_count,
         rank() over (partition by o.year, o.framework_id, o.instansi_kind order by o.index_value desc) as rank_in_kind,
         cume_dist() over (partition by o.year, o.framework_id, o.instansi_kind order by o.index_value) as share_at_or_below,
         avg(o.index_value) over kind as kind_mean,
         avg(o.index_value) over (partition by o.year, o.framework_id, o.province_code) as province_mean,
         avg(o.index_value) over everyone as national_mean,
         count(*) over everyone as instansi_loaded
  from official o
  window kind as (partition by o.year, o.framework_id, o.instansi_kind),
         everyone as (partition by o.year, o.framework_id)
)
select p.instansi_code,
       p.year,
       p.framework_id,
       p.instansi_kind,
       -- the peer set named once: instansi with the same peer_group are the ones ranked together
       concat_ws('|', cast(p.year as string), p.framework_id, coalesce(p.instansi_kind, '')) as peer_group,
       p.province_code,
       p.index_value,
       p.peer_count,
       cast(p.rank_in_kind as int) as rank_in_kind,
       cast(round(p.share_at_or_below * 100, 2) as decimal(5, 2)) as percentile_in_kind,
       cast(round(p.kind_mean, 2) as decimal(5, 2)) as kind_mean,
       case when p.province_code is null or p.province_code = '' then null
            else cast(round(p.province_mean, 2) as decimal(5, 2)) end as province_mean,
       cast(round(p.national_mean, 2) as decimal(5, 2)) as national_mean,
       n.index_value as national_published,
       p.instansi_loaded
from placed p
left join published_national_index n on n.year = p.year and n.scope = 'index'
