-- The trend row of the latest year with an official index: the headline of the review.
select * from trend where instansi_code = ? and official_index is not null order by year desc limit 1
