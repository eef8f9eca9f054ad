-- An account names the Participant or Observer it acts for by the registry's business key (ISO code, name)
-- instead of the registry's surrogate ids, so that the accounts side (platform) maps no registry entity.
-- Portable SQL: the same file runs on H2 and PostgreSQL; dropping a column drops its foreign key and index.

alter table user_account add column acts_for_participant varchar(2);
alter table user_account add column acts_for_observer varchar(200);

update user_account set acts_for_participant =
    (select p.iso_code from participant p where p.id = user_account.participant_id);
update user_account set acts_for_observer =
    (select o.name from observer o where o.id = user_account.observer_id);

alter table user_account drop column participant_id;
alter table user_account drop column observer_id;

alter table user_account add constraint user_account_acts_for_participant_fk
    foreign key (acts_for_participant) references participant (iso_code);
alter table user_account add constraint user_account_acts_for_observer_fk
    foreign key (acts_for_observer) references observer (name);
create index user_account_acts_for_participant on user_account (acts_for_participant);
create index user_account_acts_for_observer on user_account (acts_for_observer);
