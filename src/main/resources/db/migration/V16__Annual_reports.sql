-- The Participants' annual reports: one per Participant and year, created by its first saved answer; its answers
-- (JSON values, each with its own version for concurrent editors); and the revisions kept at each submission.
-- Portable SQL: the same file runs on H2 and PostgreSQL.

create table annual_report (
    id                   bigint       not null primary key,
    participant_iso      varchar(2)   not null references participant (iso_code),
    report_year          integer      not null,
    questionnaire_number integer      not null references questionnaire_version (number),
    status               varchar(12)  not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    reopen_reason        varchar(2000),
    version              bigint       not null,
    constraint annual_report_participant_year unique (participant_iso, report_year),
    constraint annual_report_status_values check (status in ('IN_PROGRESS', 'SUBMITTED'))
);
create index annual_report_year on annual_report (report_year, status);
create index annual_report_questionnaire_fk on annual_report (questionnaire_number);

create table report_answer (
    id            bigint        not null primary key,
    report_id     bigint        not null references annual_report (id),
    question_code varchar(12)   not null,
    answer_value  varchar(100000),
    kp_only       boolean       not null,
    problem       varchar(60),
    updated_at    timestamp with time zone not null,
    updated_by    varchar(60)   not null,
    version       bigint        not null,
    constraint report_answer_question unique (report_id, question_code)
);
create index report_answer_report_fk on report_answer (report_id);

create table report_revision (
    id            bigint        not null primary key,
    report_id     bigint        not null references annual_report (id),
    revision      integer       not null,
    submitted_at  timestamp with time zone not null,
    submitted_by  varchar(60)   not null,
    reopen_reason varchar(2000),
    answers       varchar(2000000) not null,
    constraint report_revision_number unique (report_id, revision)
);
create index report_revision_report_fk on report_revision (report_id);
