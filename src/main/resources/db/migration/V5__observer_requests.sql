-- Organisations' requests to become Observers.

create table observer_request (
    id            bigint        not null primary key,
    organisation  varchar(200)  not null,
    kind          varchar(20)   not null,
    motivation    varchar(2000),
    delegate_name varchar(120)  not null,
    email         varchar(254)  not null,
    username      varchar(60)   not null unique,
    password_hash varchar(400)  not null,
    language      varchar(2),
    status        varchar(10)   not null,
    created_at    timestamp     not null,
    decided_at    timestamp,
    decided_by    varchar(60),
    version       bigint        not null
);
