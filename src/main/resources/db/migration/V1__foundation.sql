-- KPCS Portal foundation schema: registry, accounts, audit, localised country names.
-- Portable SQL: the same file runs on H2 (embedded default) and PostgreSQL (production).

create sequence kpcs_seq start with 50 increment by 50;

create table participant (
    id              bigint       not null primary key,
    iso_code        varchar(2)   not null unique,
    recorded_name   varchar(200) not null,
    kind            varchar(16)  not null,
    status          varchar(20)  not null,
    status_since    date         not null,
    version         bigint       not null
);

create table participant_status_change (
    id                 bigint        not null primary key,
    participant_id     bigint        not null references participant (id),
    status             varchar(20)   not null,
    effective_date     date          not null,
    decision_reference varchar(200),
    reason             varchar(2000),
    recorded_at        timestamp     not null
);
create index participant_status_change_participant on participant_status_change (participant_id);

create table reio_member_state (
    participant_id bigint     not null references participant (id),
    iso_code       varchar(2) not null,
    primary key (participant_id, iso_code)
);

create table observer (
    id       bigint       not null primary key,
    name     varchar(200) not null unique,
    kind     varchar(20)  not null,
    since    date,
    version  bigint       not null
);

create table chair_term (
    id             bigint       not null primary key,
    term_year      integer      not null,
    office         varchar(12)  not null,
    participant_id bigint       not null references participant (id),
    selected_by    varchar(200),
    constraint chair_term_year_office unique (term_year, office)
);

create table country_name (
    iso_code  varchar(2)   not null,
    language  varchar(2)   not null,
    name      varchar(200) not null,
    sort_key  varchar(200) not null,
    primary key (iso_code, language)
);
create index country_name_sort on country_name (language, sort_key);

create table user_account (
    id                    bigint       not null primary key,
    username              varchar(60)  not null unique,
    display_name          varchar(120) not null,
    email                 varchar(254),
    password_hash         varchar(400) not null,
    language              varchar(2),
    participant_id        bigint references participant (id),
    observer_id           bigint references observer (id),
    enabled               boolean      not null,
    must_change_password  boolean      not null,
    failed_logins         integer      not null,
    locked_until          timestamp,
    last_login_at         timestamp,
    created_at            timestamp    not null,
    version               bigint       not null
);

create table user_account_role (
    account_id bigint      not null references user_account (id),
    role       varchar(30) not null,
    primary key (account_id, role)
);

create table audit_event (
    id           bigint        not null primary key,
    occurred_at  timestamp     not null,
    actor        varchar(60)   not null,
    action       varchar(60)   not null,
    entity_type  varchar(60)   not null,
    entity_key   varchar(120)  not null,
    details      varchar(2000)
);
create index audit_event_occurred on audit_event (occurred_at);
