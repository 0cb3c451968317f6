-- The instansi against the loaded instansi of its kind, its province and the whole load, by year.
select * from peer_benchmark where instansi_code = ? order by year
