-- How many of the six evidence tables this published version has (the view reads them only when all are there).
select count(distinct table_name) as n from information_schema.tables
where table_name in (?, ?, ?, ?, ?, ?)
