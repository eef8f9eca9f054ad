-- Who of a Participant's accounts has which section of its report on a year (advisory: any of them may edit any
-- section). Kept apart from the report, which a first save creates: a section can be given out before that.
create table report_assignment (
    id              bigint      not null primary key,
    participant_iso varchar(2)  not null references participant (iso_code),
    report_year     integer     not null,
    section_code    varchar(10) not null,
    assignee        varchar(60) not null references user_account (username),
    assigned_by     varchar(60) not null,
    assigned_at     timestamp with time zone not null,
    version         bigint      not null,
    constraint report_assignment_once unique (participant_iso, report_year, section_code)
);
create index report_assignment_participant_fk on report_assignment (participant_iso);
create index report_assignment_assignee_fk on report_assignment (assignee);
