-- The reminders sent to focal points about a report: one row per Participant, year and reminder, unique, so that a
-- reminder is sent once whatever sends it (a second server, a restart, a rerun).
create table report_reminder (
    id              bigint      not null primary key,
    participant_iso varchar(2)  not null references participant (iso_code),
    report_year     integer     not null,
    reminder_key    varchar(20) not null,
    sent_at         timestamp with time zone not null,
    constraint report_reminder_once unique (participant_iso, report_year, reminder_key)
);
create index report_reminder_participant_fk on report_reminder (participant_iso);
