-- Sign-ups of applicant states' representatives, before an account exists.

create table registration (
    id            bigint       not null primary key,
    username      varchar(60)  not null unique,
    display_name  varchar(120) not null,
    email         varchar(254) not null,
    password_hash varchar(400) not null,
    iso_code      varchar(2)   not null,
    language      varchar(2),
    status        varchar(30)  not null,
    token         varchar(64)  not null unique,
    created_at    timestamp    not null,
    verified_at   timestamp,
    decided_at    timestamp,
    decided_by    varchar(60),
    version       bigint       not null
);
