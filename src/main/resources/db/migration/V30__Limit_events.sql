-- Failed logins and anonymous submissions per client address, counted in the database so that every server of
-- the portal applies the same limits (they were counted in each server's memory before).
create table limit_event (
    id          bigint       not null primary key,
    limit_key   varchar(200) not null,
    happened_at timestamp with time zone not null
);
create index limit_event_key on limit_event (limit_key, happened_at);
create index limit_event_time on limit_event (happened_at);

-- Failed logins on usernames that have no account (counted like an account's, so that the login page answers
-- alike for both), also shared by every server.
create table unknown_login (
    username       varchar(200) not null primary key,
    failures       integer      not null,
    locked_until   timestamp with time zone,
    last_failed_at timestamp with time zone not null
);
create index unknown_login_last on unknown_login (last_failed_at);
