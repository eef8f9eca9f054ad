-- Plenary and intersessional meetings: dates, place, agenda, and the Participants and Observers present.
create table plenary_meeting (
    id        bigint        not null primary key,
    kind      varchar(20)   not null check (kind in ('PLENARY', 'INTERSESSIONAL')),
    title     varchar(200)  not null,
    place     varchar(200)  not null,
    starts_on date          not null,
    ends_on   date          not null,
    agenda    varchar(4000),
    version   bigint        not null,
    check (ends_on >= starts_on)
);

create table plenary_meeting_participant (
    meeting_id bigint     not null references plenary_meeting (id),
    iso_code   varchar(2) not null references participant (iso_code),
    primary key (meeting_id, iso_code)
);
create index plenary_meeting_participant_iso on plenary_meeting_participant (iso_code);

create table plenary_meeting_observer (
    meeting_id    bigint       not null references plenary_meeting (id),
    observer_name varchar(200) not null,
    primary key (meeting_id, observer_name)
);

-- A decision of the Plenary: drafted, agreed at a meeting or by written procedure, adopted once its five
-- translations are present (Rule 26). A decision may act on the registry once adopted (a Participant's status).
create table plenary_decision (
    id             bigint      not null primary key,
    reference      varchar(40) not null unique,
    kind           varchar(30) not null check (kind in ('ADMINISTRATIVE_DECISION', 'COMMUNIQUE', 'NOTICE', 'RULES_OF_PROCEDURE')),
    status         varchar(20) not null check (status in ('DRAFT', 'WRITTEN_PROCEDURE', 'AGREED', 'ADOPTED')),
    meeting_id     bigint      references plenary_meeting (id),
    agreed_on      date,
    agreed_by      varchar(20) check (agreed_by in ('MEETING', 'WRITTEN_PROCEDURE')),
    deadline       date,
    circulated_by  varchar(60),
    circulated_at  timestamp with time zone,
    adopted_on     date,
    adopted_by     varchar(60),
    effect_iso     varchar(2)  references participant (iso_code),
    effect_status  varchar(20) check (effect_status in ('PARTICIPANT', 'SUSPENDED', 'REMOVED')),
    created_at     timestamp with time zone not null,
    version        bigint      not null,
    check ((effect_iso is null) = (effect_status is null))
);
create index plenary_decision_meeting on plenary_decision (meeting_id);
create index plenary_decision_effect_iso on plenary_decision (effect_iso);
create index plenary_decision_status on plenary_decision (status, adopted_on);

create table plenary_decision_text (
    id          bigint        not null primary key,
    decision_id bigint        not null references plenary_decision (id),
    language    varchar(2)    not null check (language in ('EN', 'FR', 'PT', 'ES', 'RU')),
    title       varchar(300)  not null,
    body        varchar(20000) not null,
    unique (decision_id, language)
);

-- An objection to a decision in written procedure, by a focal point of a Participant in good standing; it ends
-- the procedure (the decision is a draft again) and stays on record.
create table plenary_decision_objection (
    id           bigint        not null primary key,
    decision_id  bigint        not null references plenary_decision (id),
    iso_code     varchar(2)    not null references participant (iso_code),
    username     varchar(60)   not null,
    reason       varchar(2000) not null,
    objected_at  timestamp with time zone not null
);
create index plenary_decision_objection_decision on plenary_decision_objection (decision_id);
create index plenary_decision_objection_iso on plenary_decision_objection (iso_code);
