-- The predikat bands of every framework, lowest first.
select framework_id, predikat, predikat_en, lower_inclusive, upper_exclusive, predikat_rank
from predikat_band
order by framework_id, lower_inclusive
