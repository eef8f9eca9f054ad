-- Each Participant's contacts directory: four entries, each field public or KP-only.

create table participant_contact (
    id                  bigint       not null primary key,
    participant_id      bigint       not null references participant (id),
    contact_role        varchar(30)  not null,
    name                varchar(200),
    organisation        varchar(200),
    email               varchar(254),
    phone               varchar(40),
    name_public         boolean      not null,
    organisation_public boolean      not null,
    email_public        boolean      not null,
    phone_public        boolean      not null,
    version             bigint       not null,
    constraint participant_contact_role unique (participant_id, contact_role)
);
