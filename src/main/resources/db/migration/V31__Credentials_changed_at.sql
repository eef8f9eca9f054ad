-- When an account's holder last chose a password (a change or a reset): the sessions opened before it end at their
-- next request, and the tokens issued before it are revoked with the change.
alter table user_account add column credentials_changed_at timestamp with time zone;
