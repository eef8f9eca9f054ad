-- Statistics: a Participant's return for one flow in one period (trade by quarter, production by half-year), its
-- submissions (the first, then each revision with its reason), and its lines. The lines of every submission stay:
-- a return's figures are the lines of its current revision; a draft's lines are replaced by each import.
create table statistics_return (
    id               bigint      not null primary key,
    participant_iso  varchar(2)  not null references participant (iso_code),
    flow             varchar(10) not null check (flow in ('IMPORT', 'EXPORT', 'PRODUCTION')),
    period_year      integer     not null,
    period_code      varchar(2)  not null check (period_code in ('Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2')),
    status           varchar(10) not null check (status in ('DRAFT', 'SUBMITTED')),
    current_revision integer     not null,
    changed_by       varchar(60) not null,
    changed_at       timestamp with time zone not null,
    version          bigint      not null,
    constraint statistics_return_once unique (participant_iso, flow, period_year, period_code),
    constraint statistics_return_period check ((flow = 'PRODUCTION' and period_code in ('H1', 'H2'))
        or (flow <> 'PRODUCTION' and period_code in ('Q1', 'Q2', 'Q3', 'Q4')))
);
create index statistics_return_participant_fk on statistics_return (participant_iso);
create index statistics_return_period on statistics_return (period_year, period_code, flow);

create table statistics_revision (
    id          bigint      not null primary key,
    return_id   bigint      not null references statistics_return (id),
    revision    integer     not null,
    reason      varchar(2000),
    line_count  integer     not null,
    recorded_by varchar(60) not null,
    recorded_at timestamp with time zone not null,
    constraint statistics_revision_once unique (return_id, revision)
);
create index statistics_revision_return_fk on statistics_revision (return_id);

-- partner is '' for production (a key column cannot be null); outside_scheme marks trade with a partner that was
-- not a Participant in the period, by the registry's dated history.
create table statistics_line (
    return_id      bigint        not null references statistics_return (id),
    revision       integer       not null,
    hs_code        varchar(7)    not null check (hs_code in ('7102.10', '7102.21', '7102.31')),
    partner        varchar(2)    not null,
    carats         numeric(17,2) not null check (carats >= 0),
    value_usd      numeric(17,2) not null check (value_usd >= 0),
    certificates   integer       check (certificates >= 0),
    outside_scheme boolean       not null,
    primary key (return_id, revision, hs_code, partner),
    constraint statistics_line_trade check ((partner = '') = (certificates is null))
);
-- the mirror check and the summaries read trade by partner
create index statistics_line_partner on statistics_line (partner, hs_code);
