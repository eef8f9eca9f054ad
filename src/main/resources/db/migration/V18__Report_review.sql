-- The Working Group on Monitoring's review of submitted reports: where it stands, and comments per question
-- (the Working Group's and the Participant's answers to them).
alter table annual_report add column assessment varchar(20);
alter table annual_report add constraint annual_report_assessment_values
    check (assessment in ('RECEIVED', 'UNDER_REVIEW', 'FOLLOW_UP_REQUESTED', 'ASSESSED'));
update annual_report set assessment = 'RECEIVED' where exists
    (select 1 from report_revision r where r.report_id = annual_report.id);

create table report_comment (
    id            bigint        not null primary key,
    report_id     bigint        not null references annual_report (id),
    question_code varchar(12)   not null,
    side          varchar(16)   not null,
    author        varchar(60)   not null,
    comment_text  varchar(4000) not null,
    created_at    timestamp with time zone not null,
    constraint report_comment_side_values check (side in ('WORKING_GROUP', 'PARTICIPANT'))
);
create index report_comment_report_fk on report_comment (report_id);
