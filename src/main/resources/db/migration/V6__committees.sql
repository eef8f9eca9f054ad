-- Committees and working groups, their chairs and members.

create table committee (
    id                   bigint      not null primary key,
    code                 varchar(30) not null unique,
    chair_participant_id bigint references participant (id),
    version              bigint      not null
);

create table committee_participant (
    committee_id   bigint not null references committee (id),
    participant_id bigint not null references participant (id),
    primary key (committee_id, participant_id)
);

create table committee_observer (
    committee_id bigint not null references committee (id),
    observer_id  bigint not null references observer (id),
    primary key (committee_id, observer_id)
);
