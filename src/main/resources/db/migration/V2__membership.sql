-- Membership applications, uploaded documents, the mail outbox.

create table stored_document (
    id           bigint       not null primary key,
    token        varchar(36)  not null unique,
    file_name    varchar(255) not null,
    file_type    varchar(10)  not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_at  timestamp    not null,
    uploaded_by  varchar(60)  not null
);

create table membership_application (
    id                      bigint        not null primary key,
    reference               varchar(20)   not null unique,
    participant_id          bigint        not null references participant (id),
    status                  varchar(30)   not null,
    created_at              timestamp     not null,
    created_by              varchar(60)   not null,
    submitted_at            timestamp,
    fp_name                 varchar(200),
    fp_title                varchar(200),
    fp_ministry             varchar(200),
    fp_email                varchar(254),
    fp_phone                varchar(40),
    alt_name                varchar(200),
    alt_title               varchar(200),
    alt_ministry            varchar(200),
    alt_email               varchar(254),
    alt_phone               varchar(40),
    importing_authority     varchar(1000),
    exporting_authority     varchar(1000),
    certificate_document_id bigint references stored_document (id),
    statistics_arrangements varchar(4000),
    declared_at             timestamp,
    declared_by             varchar(60),
    proposed_visit          varchar(4000),
    recommendation_comment  varchar(4000),
    decision_kind           varchar(20),
    decision_date           date,
    decision_reference      varchar(200),
    version                 bigint        not null
);
create index membership_application_status on membership_application (status);

create table application_legislation (
    id             bigint        not null primary key,
    application_id bigint        not null references membership_application (id),
    title          varchar(300)  not null,
    adopted_on     date          not null,
    reference      varchar(200),
    document_id    bigint references stored_document (id)
);

create table application_event (
    id             bigint        not null primary key,
    application_id bigint        not null references membership_application (id),
    occurred_at    timestamp     not null,
    actor          varchar(60)   not null,
    from_status    varchar(30),
    to_status      varchar(30)   not null,
    comment        varchar(4000)
);

create table application_information_request (
    id             bigint        not null primary key,
    application_id bigint        not null references membership_application (id),
    asked_at       timestamp     not null,
    asked_by       varchar(60)   not null,
    question       varchar(4000) not null,
    answered_at    timestamp,
    answered_by    varchar(60),
    answer         varchar(4000)
);

create table application_committee_note (
    id             bigint        not null primary key,
    application_id bigint        not null references membership_application (id),
    written_at     timestamp     not null,
    author         varchar(60)   not null,
    note_text      varchar(4000) not null
);

create table mail_message (
    id          bigint        not null primary key,
    created_at  timestamp     not null,
    recipient   varchar(254)  not null,
    subject     varchar(300)  not null,
    body        varchar(8000) not null,
    sent_at     timestamp,
    failure     varchar(1000)
);
create index mail_message_created on mail_message (created_at);
