-- The RPJMD targets set on another index's scale than their year's framework, with the suggested conversion.
select * from target_conversion where instansi_code = ? order by year
