-- The document library: public and KP-only documents of the Scheme (communiqués, decisions, reports, guidance,
-- meeting papers), each in one or more of the official languages, found by title, kind and year.
create table library_document (
    id         bigint       not null primary key,
    title      varchar(300) not null,
    kind       varchar(30)  not null check (kind in ('COMMUNIQUE', 'ADMINISTRATIVE_DECISION', 'REPORT', 'GUIDANCE', 'MEETING_PAPER', 'OTHER')),
    doc_year   integer      not null check (doc_year between 2000 and 2100),
    kp_only    boolean      not null,
    meeting_id bigint       references plenary_meeting (id),
    added_at   timestamp with time zone not null,
    added_by   varchar(60)  not null,
    version    bigint       not null
);
create index library_document_meeting on library_document (meeting_id);
create index library_document_year on library_document (doc_year, kind);

create table library_file (
    id                 bigint     not null primary key,
    document_id        bigint     not null references library_document (id),
    language           varchar(2) not null check (language in ('EN', 'FR', 'PT', 'ES', 'RU')),
    stored_document_id bigint     not null references stored_document (id),
    unique (document_id, language)
);
create index library_file_stored_document on library_file (stored_document_id);
