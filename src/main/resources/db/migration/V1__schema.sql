-- Extensions for accent-insensitive, trigram and full-text matching.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; generated columns and indexes need an IMMUTABLE function.
create or replace function fold_text(value text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create or replace function fold_names(name text, aliases text[]) returns text
    language sql immutable parallel safe
as $$ select fold_text(name || ' ' || array_to_string(coalesce(aliases, '{}'::text[]), ' ')) $$;

create table participant (
    id           bigint generated always as identity primary key,
    name         varchar(300) not null check (length(btrim(name)) > 0),
    kind         varchar(20)  not null check (kind in ('STATE', 'ORGANIZATION', 'PERSON')),
    aliases      text[]       not null default '{}',
    title        varchar(300),
    affiliation_id bigint references participant (id),
    folded_names text generated always as (fold_names(name, aliases)) stored,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    created_by   varchar(200),
    updated_by   varchar(200),
    check (affiliation_id is null or affiliation_id <> id)
);
create index participant_affiliation_idx on participant (affiliation_id);
create index participant_name_order_idx on participant (name, id);
create index participant_kind_idx on participant (kind);
create index participant_folded_names_trgm_idx on participant using gin (folded_names gin_trgm_ops);

create table negotiation (
    id                bigint generated always as identity primary key,
    title             varchar(500) not null check (length(btrim(title)) > 0),
    format            varchar(20)  not null check (format in ('IN_PERSON', 'PHONE_CALL', 'VIDEO_CALL')),
    status            varchar(20)  not null check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    location          varchar(300),
    starts_at         timestamptz,
    ends_at           timestamptz,
    summary           text,
    previous_round_id bigint references negotiation (id) on delete set null,
    search_vector     tsvector generated always as (
        setweight(to_tsvector('simple', fold_text(title)), 'A')
        || setweight(to_tsvector('simple', fold_text(coalesce(location, ''))), 'B')
        || setweight(to_tsvector('simple', fold_text(coalesce(summary, ''))), 'C')) stored,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    created_by        varchar(200),
    updated_by        varchar(200),
    check (ends_at is null or starts_at is null or ends_at >= starts_at),
    check (previous_round_id is null or previous_round_id <> id)
);
create index negotiation_previous_round_idx on negotiation (previous_round_id);
create index negotiation_starts_at_order_idx on negotiation (starts_at desc nulls last, id desc);
create index negotiation_title_order_idx on negotiation (title, id);
create index negotiation_status_idx on negotiation (status);
create index negotiation_search_idx on negotiation using gin (search_vector);

create table negotiation_party (
    negotiation_id bigint      not null references negotiation (id) on delete cascade,
    position       int         not null,
    participant_id bigint      not null references participant (id),
    role           varchar(20) not null check (role in ('DELEGATION', 'MEDIATOR', 'HOST', 'OBSERVER')),
    represents_id  bigint references participant (id),
    primary key (negotiation_id, position)
);
create index negotiation_party_participant_idx on negotiation_party (participant_id, negotiation_id);
create index negotiation_party_represents_idx on negotiation_party (represents_id);

create table agreement (
    id                 bigint generated always as identity primary key,
    title              varchar(500) not null check (length(btrim(title)) > 0),
    reached_on         date,
    negotiation_id     bigint references negotiation (id) on delete set null,
    terms              text,
    prisoners_per_side int check (prisoners_per_side is null or prisoners_per_side >= 0),
    search_vector      tsvector generated always as (
        setweight(to_tsvector('simple', fold_text(title)), 'A')
        || setweight(to_tsvector('simple', fold_text(coalesce(terms, ''))), 'C')) stored,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    created_by         varchar(200),
    updated_by         varchar(200)
);
create index agreement_negotiation_idx on agreement (negotiation_id);
create index agreement_reached_on_order_idx on agreement (reached_on desc nulls last, id desc);
create index agreement_search_idx on agreement using gin (search_vector);

create table exchange (
    id             bigint generated always as identity primary key,
    occurred_on    date        not null,
    location       varchar(300),
    status         varchar(20) not null check (status in ('PLANNED', 'COMPLETED')),
    negotiation_id bigint references negotiation (id) on delete set null,
    agreement_id   bigint references agreement (id) on delete set null,
    search_vector  tsvector generated always as (
        to_tsvector('simple', fold_text(coalesce(location, '')))) stored,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    created_by     varchar(200),
    updated_by     varchar(200)
);
create index exchange_negotiation_idx on exchange (negotiation_id);
create index exchange_agreement_idx on exchange (agreement_id);
create index exchange_occurred_on_order_idx on exchange (occurred_on desc, id desc);
create index exchange_status_idx on exchange (status);
create index exchange_search_idx on exchange using gin (search_vector);

create table exchange_side (
    exchange_id    bigint not null references exchange (id) on delete cascade,
    position       int    not null,
    released_by_id bigint not null references participant (id),
    received_by_id bigint not null references participant (id),
    military       int    not null check (military >= 0),
    civilians      int    not null check (civilians >= 0),
    primary key (exchange_id, position),
    check (released_by_id <> received_by_id)
);
create index exchange_side_released_by_idx on exchange_side (released_by_id, exchange_id);
create index exchange_side_received_by_idx on exchange_side (received_by_id, exchange_id);

create table exchange_mediator (
    exchange_id    bigint not null references exchange (id) on delete cascade,
    position       int    not null,
    participant_id bigint not null references participant (id),
    primary key (exchange_id, position),
    unique (exchange_id, participant_id)
);
create index exchange_mediator_participant_idx on exchange_mediator (participant_id, exchange_id);

create table statement (
    id             bigint generated always as identity primary key,
    text           text         not null check (length(btrim(text)) > 0),
    language       varchar(35)  not null,
    said_at        timestamptz  not null,
    channel        varchar(200),
    url            varchar(2000),
    speaker_id     bigint       not null references participant (id),
    negotiation_id bigint references negotiation (id) on delete set null,
    exchange_id    bigint references exchange (id) on delete set null,
    search_vector  tsvector generated always as (to_tsvector('simple', fold_text(text))) stored,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    created_by     varchar(200),
    updated_by     varchar(200)
);
create index statement_said_at_order_idx on statement (said_at desc, id desc);
create index statement_speaker_idx on statement (speaker_id, said_at desc, id desc);
create index statement_negotiation_idx on statement (negotiation_id, said_at desc, id desc);
create index statement_exchange_idx on statement (exchange_id, said_at desc, id desc);
create index statement_language_idx on statement (language);
create index statement_search_idx on statement using gin (search_vector);

create table statement_mention (
    statement_id   bigint not null references statement (id) on delete cascade,
    position       int    not null,
    participant_id bigint not null references participant (id),
    primary key (statement_id, position),
    unique (statement_id, participant_id)
);
create index statement_mention_participant_idx on statement_mention (participant_id, statement_id);

-- A source belongs to exactly one record; it goes when its record goes.
create table source (
    id             bigint generated always as identity primary key,
    negotiation_id bigint references negotiation (id) on delete cascade,
    agreement_id   bigint references agreement (id) on delete cascade,
    exchange_id    bigint references exchange (id) on delete cascade,
    statement_id   bigint references statement (id) on delete cascade,
    position       int           not null,
    url            varchar(2000) not null,
    title          varchar(500),
    publisher      varchar(200),
    published_on   date,
    check (num_nonnulls(negotiation_id, agreement_id, exchange_id, statement_id) = 1)
);
create index source_negotiation_idx on source (negotiation_id, position);
create index source_agreement_idx on source (agreement_id, position);
create index source_exchange_idx on source (exchange_id, position);
create index source_statement_idx on source (statement_id, position);
