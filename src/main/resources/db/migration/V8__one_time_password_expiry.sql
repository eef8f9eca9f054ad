-- A one-time password (the first Secretariat account's) is valid until this moment; null: no expiry.
alter table user_account add column password_expires_at timestamp;
