-- Typed, checked facts: the same checks the pipeline makes for the errors the generator plants (year, indicator,
-- level, date, conflicting duplicates, unknown OPD or instansi); a row failing one is left out, as the pipeline
-- quarantines it.
create table instansi as
select distinct trim(kode_instansi) as instansi_code, nama_instansi as instansi_name, jenis_instansi as instansi_kind,
       nullif(trim(kode_provinsi), '') as province_code
from raw_instansi
where nullif(trim(kode_instansi), '') is not null;

create table opd_alias as
select distinct trim(kode_instansi) as instansi_code, lower(trim(alias)) as alias, trim(kode_opd) as opd_code
from raw_opd, unnest([kode_opd, nama_opd, singkatan]) t(alias)
where nullif(trim(alias), '') is not null;

-- every indicator-level row of both sources, parsed; null where a cell does not parse
create table assessment_parsed as
with rows as (
  select 'self_assessment' as source, source_file, tahun, kode_instansi, indikator, tingkat_kematangan, opd_pengampu,
         tanggal_pengisian, ilustratif
  from raw_self_assessment where coalesce(lower(trim(lingkup)), 'indikator') = 'indikator'
  union all
  select 'official', source_file, tahun, kode_instansi, indikator, tingkat_kematangan, null, null, ilustratif
  from raw_official_result where coalesce(lower(trim(lingkup)), 'indikator') = 'indikator'
),
parsed as (
  select source, source_file, trim(kode_instansi) as instansi_code,
         case when regexp_full_match(trim(tahun), '[0-9]{4}') then trim(tahun)::int end as year,
         regexp_extract(trim(indikator), '^([0-9]+)(-([0-9]+))?$', 1) as indicator_code,
         coalesce(nullif(regexp_extract(trim(indikator), '^([0-9]+)(-([0-9]+))?$', 3), '')::int, 1) as item_no,
         case when regexp_full_match(regexp_replace(trim(tingkat_kematangan), '^Level\s+', ''), '[0-9]+')
              then regexp_replace(trim(tingkat_kematangan), '^Level\s+', '')::int end as maturity_level,
         nullif(trim(opd_pengampu), '') as opd_raw,
         tanggal_pengisian,
         coalesce(try_strptime(tanggal_pengisian, '%d/%m/%Y'), try_strptime(tanggal_pengisian, '%Y-%m-%d'))::date
           as submitted_on,
         lower(trim(ilustratif)) in ('ya', 'yes', 'true', '1') as is_illustrative
  from rows
)
select p.*, f.framework_id
from parsed p
left join framework f on p.year between f.year_from and coalesce(f.year_to, 9999);

-- what the pipeline's ingest refuses row by row
create table assessment_ingested as
select a.*
from assessment_parsed a
join indicator i on i.framework_id = a.framework_id and i.indicator_code = a.indicator_code
join framework f on f.framework_id = a.framework_id
where a.instansi_code <> ''
  and a.year between 2000 and 2100
  and a.item_no <= i.max_items
  and a.maturity_level between f.level_min and f.level_max
  and (a.tanggal_pengisian is null or a.submitted_on is not null)
  and (a.source = 'official' or a.opd_raw is not null);

-- what the pipeline refuses across rows: both rows of a conflicting duplicate, unknown OPD, unknown instansi
create table indicator_assessment as
with conflicts as (
  select instansi_code, year, source, indicator_code, item_no
  from assessment_ingested
  group by all
  having count(distinct maturity_level::varchar || '/' || coalesce(opd_raw, '')) > 1
)
select a.instansi_code, a.year, a.framework_id, a.source, a.indicator_code, a.item_no,
       any_value(a.maturity_level) as maturity_level, any_value(o.opd_code) as opd_code,
       bool_or(a.is_illustrative) as is_illustrative
from assessment_ingested a
left join opd_alias o on o.instansi_code = a.instansi_code and o.alias = lower(a.opd_raw)
where not exists (select 1 from conflicts c where c.instansi_code = a.instansi_code and c.year = a.year
                    and c.source = a.source and c.indicator_code = a.indicator_code and c.item_no = a.item_no)
  and a.instansi_code in (select instansi_code from instansi)
  and (a.opd_raw is null or o.opd_code is not null
       or a.instansi_code not in (select instansi_code from opd_alias))
group by a.instansi_code, a.year, a.framework_id, a.source, a.indicator_code, a.item_no;

create table reported_index as
with rows as (
  select 'self_assessment' as source, tahun, kode_instansi, lingkup, kode, tingkat_kematangan, ilustratif
  from raw_self_assessment where lower(trim(lingkup)) in ('indeks', 'domain', 'aspek')
  union all
  select 'official', tahun, kode_instansi, lingkup, kode, tingkat_kematangan, ilustratif
  from raw_official_result where lower(trim(lingkup)) in ('indeks', 'domain', 'aspek')
)
select trim(r.kode_instansi) as instansi_code, trim(r.tahun)::int as year, f.framework_id, r.source,
       case lower(trim(r.lingkup)) when 'indeks' then 'index' when 'domain' then 'domain' else 'aspect' end as scope,
       coalesce(trim(r.kode), '') as scope_code,
       replace(trim(r.tingkat_kematangan), ',', '.')::decimal(6, 3) as value,
       lower(trim(r.ilustratif)) in ('ya', 'yes', 'true', '1') as is_illustrative
from rows r
join framework f on trim(r.tahun)::int between f.year_from and coalesce(f.year_to, 9999)
where trim(r.kode_instansi) in (select instansi_code from instansi);

create table rpjmd_target as
select distinct trim(kode_instansi) as instansi_code, trim(tahun)::int as year,
       replace(trim(target_indeks), ',', '.')::decimal(6, 3) as target_index, upper(trim(skala)) as index_scale
from raw_rpjmd_target
where trim(kode_instansi) in (select instansi_code from instansi);

create table indicator_target as
select distinct trim(kode_instansi) as instansi_code, trim(tahun)::int as year, trim(kerangka) as framework_id,
       trim(indikator) as indicator_code, trim(target_level)::int as target_level
from raw_indicator_target
where trim(kode_instansi) in (select instansi_code from instansi);

create table indicator_owner as
select distinct trim(w.kode_instansi) as instansi_code, trim(w.tahun)::int as year, trim(w.kerangka) as framework_id,
       trim(w.indikator) as indicator_code, o.opd_code
from raw_indicator_owner w
left join opd_alias o on o.instansi_code = trim(w.kode_instansi) and o.alias = lower(trim(w.opd_pengampu))
where trim(w.kode_instansi) in (select instansi_code from instansi);
