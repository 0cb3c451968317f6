-- Years with an official index for the instansi, latest first.
select distinct year from instansi_index where instansi_code = ? and source = 'official' order by year desc
