-- The frameworks and the years each is in force, oldest first.
select framework_id, framework_name, index_name, index_scale, year_from, year_to, status
from framework
order by year_from
