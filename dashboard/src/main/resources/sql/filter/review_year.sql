-- The year a review looks at when none is picked: the latest with an official index, else the latest with anything.
select coalesce(max(year) filter (where official_index is not null), max(year)) as year
from trend where instansi_code = ?
