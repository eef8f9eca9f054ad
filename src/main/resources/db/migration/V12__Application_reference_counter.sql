-- Application references (KP-YYYY-NNN) come from one counter row read under a lock, not from counting the rows
-- (two applications opened at once got the same number). The counter starts where the existing references end.
create table reference_counter (
    name          varchar(40) not null primary key,
    counter_year  integer     not null,
    last_number   integer     not null
);

insert into reference_counter (name, counter_year, last_number)
select 'membership_application', coalesce(max(cast(substring(reference from 4 for 4) as integer)), 0), 0
from membership_application;

update reference_counter
set last_number = (select coalesce(max(cast(substring(a.reference from 9) as integer)), 0)
                   from membership_application a
                   where cast(substring(a.reference from 4 for 4) as integer) = reference_counter.counter_year)
where name = 'membership_application';
