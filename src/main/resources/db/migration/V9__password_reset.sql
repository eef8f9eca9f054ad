-- "Forgot password": single-use, expiring links; only a hash of each link's token is kept.
create table password_reset (
    id          bigint      not null primary key,
    account_id  bigint      not null references user_account (id),
    token_hash  varchar(64) not null unique,
    created_at  timestamp   not null,
    expires_at  timestamp   not null,
    used_at     timestamp,
    version     bigint      not null
);
create index password_reset_account on password_reset (account_id);
