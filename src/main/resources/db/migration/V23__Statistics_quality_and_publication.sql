-- What the Secretariat sets for statistics: when a period's return falls due (months after the period ends), the
-- tolerance of the mirror check and the bound of the value-per-carat and volume anomalies, the first year returns
-- are due; one row.
create table statistics_setting (
    id               bigint       not null primary key,
    first_year       integer      not null,
    due_months       integer      not null check (due_months between 0 and 24),
    mirror_tolerance numeric(5,3) not null check (mirror_tolerance > 0 and mirror_tolerance < 1),
    anomaly_bound    numeric(5,3) not null check (anomaly_bound > 0 and anomaly_bound < 10),
    version          bigint       not null
);
insert into statistics_setting (id, first_year, due_months, mirror_tolerance, anomaly_bound, version)
    values (1, cast(extract(year from current_date) as integer) - 1, 2, 0.050, 0.500, 0);

-- A year's figures become public when the Secretariat publishes it.
create table statistics_publication (
    period_year  integer     not null primary key,
    published_by varchar(60) not null,
    published_at timestamp with time zone not null
);

-- Mirror statistics: A's exports to B against B's imports from A, same HS code and quarter, beyond the tolerance in
-- force when it was found; both Participants and the Working Group comment, and close it with an explanation.
create table statistics_discrepancy (
    id              bigint        not null primary key,
    exporter_iso    varchar(2)    not null references participant (iso_code),
    importer_iso    varchar(2)    not null references participant (iso_code),
    hs_code         varchar(7)    not null check (hs_code in ('7102.10', '7102.21', '7102.31')),
    period_year     integer       not null,
    period_code     varchar(2)    not null check (period_code in ('Q1', 'Q2', 'Q3', 'Q4')),
    exported_carats numeric(17,2) not null,
    exported_value  numeric(17,2) not null,
    imported_carats numeric(17,2) not null,
    imported_value  numeric(17,2) not null,
    difference      numeric(9,4)  not null,
    status          varchar(10)   not null check (status in ('OPEN', 'CLOSED', 'RESOLVED')),
    explanation     varchar(2000),
    closed_by       varchar(60),
    closed_at       timestamp with time zone,
    found_at        timestamp with time zone not null,
    version         bigint        not null,
    constraint statistics_discrepancy_once unique (exporter_iso, importer_iso, hs_code, period_year, period_code)
);
create index statistics_discrepancy_exporter_fk on statistics_discrepancy (exporter_iso);
create index statistics_discrepancy_importer_fk on statistics_discrepancy (importer_iso);
create index statistics_discrepancy_period on statistics_discrepancy (period_year, period_code);

create table statistics_discrepancy_comment (
    id              bigint        not null primary key,
    discrepancy_id  bigint        not null references statistics_discrepancy (id),
    author          varchar(60)   not null,
    text            varchar(2000) not null,
    written_at      timestamp with time zone not null
);
create index statistics_discrepancy_comment_fk on statistics_discrepancy_comment (discrepancy_id);
