-- Personal API tokens: a script or another system acts as an account with one, sent as "Authorization: Bearer".
-- Only a SHA-256 hash of each token is kept (tokens are 256 random bits, so a fast hash is enough and lets every
-- request be checked cheaply); each expires, and its owner can revoke it.
create table api_token (
    id           bigint       not null primary key,
    account_id   bigint       not null references user_account (id),
    label        varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    version      bigint       not null,
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_account on api_token (account_id);
