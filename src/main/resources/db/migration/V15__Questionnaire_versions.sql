-- The uniform questionnaire as data: each version's content in the questionnaire's JSON form, drafted by the
-- Secretariat, adopted by the Plenary (decision reference and date) for the reports of a first year and later.
-- Portable SQL: the same file runs on H2 and PostgreSQL.

create table questionnaire_version (
    id                 bigint          not null primary key,
    number             integer         not null unique,
    status             varchar(10)     not null,
    definition         varchar(1000000) not null,
    decision_reference varchar(200),
    adopted_on         date,
    first_year         integer,
    created_at         timestamp with time zone not null,
    version            bigint          not null,
    constraint questionnaire_version_status_values check (status in ('DRAFT', 'ADOPTED')),
    constraint questionnaire_version_adoption check (
        (status = 'DRAFT' and decision_reference is null and adopted_on is null and first_year is null)
        or (status = 'ADOPTED' and decision_reference is not null and adopted_on is not null
            and first_year is not null))
);
create index questionnaire_version_first_year on questionnaire_version (status, first_year);
