-- The first year on which reports are due, set by the Secretariat. Its default is the year before the portal's
-- first start: on a new installation this migration runs at that start (on an installation that had started
-- before, at the start that brings this version).
create table reporting_setting (
    id         integer not null primary key,
    first_year integer not null,
    version    bigint  not null,
    constraint reporting_setting_single check (id = 1),
    constraint reporting_setting_first_year check (first_year >= 2003)
);
insert into reporting_setting (id, first_year, version) values (1, cast(extract(year from current_date) as integer) - 1, 0);
