-- The framework catalogs, read straight from data/reference (${reference} is replaced by its path).
create table framework as
select framework_id, index_name, index_scale, year_from::int as year_from, try_cast(year_to as int) as year_to,
       level_min::int as level_min, level_max::int as level_max, index_rounding, catalog_dir
from read_csv('${reference}/frameworks.csv', header = true, all_varchar = true);

-- An index is published at two decimals, rounded as its framework says (frameworks.csv index_rounding: half up
-- for Indeks SPBE, half even for Indeks Pemdi), as the pipeline's published_value does.
create macro published_value(fw, x) as
  case (select index_rounding from framework where framework_id = fw)
    when 'half_even' then round_even(x, 2) else round(x, 2) end;

create table domain as
select f.framework_id, d.domain_code, d.domain_name, d.weight_pct::decimal(7, 4) as weight_pct
from read_csv('${reference}/*/domains.csv', header = true, all_varchar = true, filename = true) d
join framework f on d.filename like '%/' || f.catalog_dir || '/domains.csv';

create table aspect as
select f.framework_id, a.aspect_code, nullif(a.domain_code, '') as domain_code, a.aspect_name,
       a.weight_pct::decimal(7, 4) as weight_pct
from read_csv('${reference}/*/aspects.csv', header = true, all_varchar = true, filename = true) a
join framework f on a.filename like '%/' || f.catalog_dir || '/aspects.csv';

create table indicator as
select f.framework_id, i.indicator_code, i.indicator_name, i.aspect_code, i.weight_pct::decimal(7, 4) as weight_pct,
       i.max_items::int as max_items
from read_csv('${reference}/*/indicators.csv', header = true, all_varchar = true, filename = true) i
join framework f on i.filename like '%/' || f.catalog_dir || '/indicators.csv';

create table predikat_band as
select f.framework_id, b.predikat, b.lower_inclusive::decimal(4, 2) as lower_inclusive,
       try_cast(b.upper_exclusive as decimal(4, 2)) as upper_exclusive
from read_csv('${reference}/*/predikat_bands.csv', header = true, all_varchar = true, filename = true) b
join framework f on b.filename like '%/' || f.catalog_dir || '/predikat_bands.csv';
