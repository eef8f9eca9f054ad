-- The expert roster: experts nominated by a Participant or an Observer, with their fields and languages.
create table review_expert (
    id                    bigint       not null primary key,
    name                  varchar(200) not null,
    nominated_by_iso      varchar(2)   references participant (iso_code),
    nominated_by_observer varchar(200),
    nominator_kind        varchar(20)  not null check (nominator_kind in ('PARTICIPANT', 'INDUSTRY', 'CIVIL_SOCIETY', 'OTHER')),
    expertise             varchar(500) not null,
    languages             varchar(20)  not null,
    active                boolean      not null,
    version               bigint       not null,
    check ((nominated_by_iso is null) <> (nominated_by_observer is null))
);
create index review_expert_nominated_by_iso on review_expert (nominated_by_iso);

-- Review visits: volunteered by the host for a year, a team proposed by the Working Group on Monitoring and accepted
-- by the host, dates and terms of reference, the team's draft report, the host's comments, the final report.
create table review_visit (
    id                bigint        not null primary key,
    host_iso          varchar(2)    not null references participant (iso_code),
    visit_year        integer       not null,
    status            varchar(20)   not null check (status in ('VOLUNTEERED', 'TEAM_PROPOSED', 'TEAM_ACCEPTED', 'DRAFT_REPORTED', 'COMMENTED', 'FINAL')),
    lead_iso          varchar(2)    references participant (iso_code),
    changes_requested varchar(2000),
    starts_on         date,
    ends_on           date,
    terms             varchar(4000),
    draft_report      varchar(20000),
    host_comments     varchar(20000),
    final_report      varchar(20000),
    report_public     boolean,
    volunteered_at    timestamp with time zone not null,
    version           bigint        not null,
    unique (host_iso, visit_year)
);
create index review_visit_lead_iso on review_visit (lead_iso);

create table review_visit_member (
    visit_id  bigint not null references review_visit (id),
    expert_id bigint not null references review_expert (id),
    primary key (visit_id, expert_id)
);
create index review_visit_member_expert on review_visit_member (expert_id);

-- Review missions: opened by the Chair on credible indications of significant non-compliance.
create table review_mission (
    id           bigint        not null primary key,
    subject_iso  varchar(2)    not null references participant (iso_code),
    grounds      varchar(4000) not null,
    terms        varchar(4000),
    opened_on    date          not null,
    status       varchar(10)   not null check (status in ('OPEN', 'REPORTED', 'CLOSED')),
    report       varchar(20000),
    outcome      varchar(30)   check (outcome in ('NO_ACTION', 'RECOMMENDATIONS', 'SUSPENSION_PROPOSED', 'REMOVAL_PROPOSED')),
    decision_ref varchar(40),
    version      bigint        not null
);
create index review_mission_subject_iso on review_mission (subject_iso);

create table review_mission_member (
    mission_id bigint not null references review_mission (id),
    expert_id  bigint not null references review_expert (id),
    primary key (mission_id, expert_id)
);
create index review_mission_member_expert on review_mission_member (expert_id);

-- Recommendations of a visit or a mission: owner, due date, status, and the Participant's progress reports.
create table review_recommendation (
    id         bigint        not null primary key,
    visit_id   bigint        references review_visit (id),
    mission_id bigint        references review_mission (id),
    text       varchar(2000) not null,
    owner      varchar(200)  not null,
    due_on     date          not null,
    status     varchar(12)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    version    bigint        not null,
    check ((visit_id is null) <> (mission_id is null))
);
create index review_recommendation_visit on review_recommendation (visit_id);
create index review_recommendation_mission on review_recommendation (mission_id);

create table review_progress (
    id                bigint        not null primary key,
    recommendation_id bigint        not null references review_recommendation (id),
    text              varchar(2000) not null,
    written_by        varchar(60)   not null,
    written_at        timestamp with time zone not null
);
create index review_progress_recommendation on review_progress (recommendation_id);
