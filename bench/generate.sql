-- Deterministic bench data for the talks-record schema (Flyway V1), added next to whatever rows exist.
--
-- Usage:  psql "$URL" -v scale=1 -f bench/generate.sql      (bench/generate.sh wraps this; prefer it)
--
-- scale 1 = 2,000 participants (5 % states, 15 % organizations, 80 % persons; organizations and persons
-- affiliated to states; aliases in Latin and Cyrillic script), 50,000 negotiations with 2-6 parties
-- (about 4), 5,000 agreements, 20,000 exchanges with 2 sides and 0-2 mediators, 500,000 statements of
-- 10-40 words from the fixed vocabulary below, each with a speaker, 40 % linked to a negotiation,
-- 10 % to an exchange, 0-3 mentions; sources for some records. Other scales multiply every count.
--
-- Every generated row has created_by = 'bench' (bench/drop.sql removes exactly those). No random():
-- every choice is bench.u(key, salt), a hash of the row's ordinal (hashint8extended, which is stable
-- across PostgreSQL versions because hash partitioning relies on it), so the same scale on the same
-- starting database gives the same rows. The schema bench holds the helper functions, the vocabulary,
-- and one row describing the load (bench.generated), which bench/run.sh reads.
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
\timing off
set client_min_messages = warning;

create schema if not exists bench;

-- ---------------------------------------------------------------- helpers
-- A pseudo-random number in [0, 1) for (key, salt).
create or replace function bench.u(k bigint, salt int) returns float8
    language sql immutable parallel safe
as $$ select (hashint8extended(k, salt) & 2147483647)::float8 / 2147483648.0 $$;

-- A pseudo-random integer in 1..n for (key, salt).
create or replace function bench.pick(k bigint, salt int, n int) returns int
    language sql immutable parallel safe
as $$ select 1 + ((hashint8extended(k, salt) & 2147483647) % greatest(n, 1))::int $$;

-- Latin to Cyrillic, letter by letter: gives every name an alias in another script.
create or replace function bench.cyrillic(s text) returns text
    language sql immutable parallel safe
as $$ select initcap(translate(lower(s), 'abcdefghijklmnopqrstuvwxyz', 'абцдефгхийклмнопкрстуввхыз')) $$;

create or replace function bench.state_name(k int) returns text
    language sql immutable parallel safe
as $$
    select p[1 + (k - 1) % 30] || s[1 + ((k - 1) / 30) % 20]
           || case when k > 600 then ' ' || ((k - 1) / 600 + 1)::text else '' end
    from (select array['Al', 'Bel', 'Cor', 'Dal', 'Es', 'Far', 'Gor', 'Hal', 'Ist', 'Jor', 'Kal', 'Lor', 'Mar',
                       'Nor', 'Os', 'Pal', 'Quel', 'Ros', 'Sal', 'Tor', 'Ul', 'Val', 'Wes', 'Xan', 'Yor', 'Zel',
                       'Ard', 'Brin', 'Cal', 'Dun'] as p,
                 array['dovia', 'mark', 'land', 'stan', 'ria', 'nia', 'gard', 'burg', 'mont', 'vale', 'onia',
                       'essa', 'ora', 'ador', 'istan', 'ania', 'eria', 'ovia', 'ica', 'ene'] as s) v
$$;

create or replace function bench.city(k bigint, salt int) returns text
    language sql immutable parallel safe
as $$
    select c[bench.pick(k, salt, cardinality(c))]
    from (select array['Istanbul', 'Geneva', 'Vienna', 'Riyadh', 'Doha', 'Minsk', 'Helsinki', 'Oslo', 'Ankara',
                       'Abu Dhabi', 'Jeddah', 'Rome', 'Vatican City', 'Warsaw', 'Kyiv', 'Moscow', 'Berlin',
                       'Paris', 'Budapest', 'Bratislava', 'Baku', 'Astana', 'Belgrade', 'Reykjavík',
                       'Zürich', 'Málaga', 'Kraków', 'Tbilisi', 'Yerevan', 'Chișinău'] as c) v
$$;

-- The vocabulary. Function words are drawn uniformly; content words with a skew (rank r about
-- as likely as 1/sqrt(r)), so full-text search finds anything from a few thousand to most statements.
create or replace function bench.function_words() returns text[]
    language sql immutable parallel safe
as $$ select array['the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'that', 'is', 'was', 'will', 'be',
                   'we', 'they', 'our', 'their', 'this', 'not', 'a', 'an', 'by', 'at', 'from', 'as', 'are',
                   'have', 'has', 'it', 'all', 'no', 'must', 'should', 'would', 'after']::text[] $$;

create or replace function bench.content_words() returns text[]
    language sql immutable parallel safe
as $$ select array[
    'talks', 'ceasefire', 'exchange', 'prisoners', 'peace', 'security', 'agreement', 'delegation', 'war',
    'negotiations', 'people', 'border', 'return', 'humanitarian', 'civilians', 'soldiers', 'release', 'home',
    'dialogue', 'sanctions', 'memorandum', 'guarantees', 'territory', 'front', 'truce', 'mediation', 'summit',
    'ministers', 'president', 'government', 'military', 'captivity', 'families', 'bodies', 'list', 'names',
    'progress', 'proposal', 'conditions', 'demands', 'withdrawal', 'troops', 'occupation', 'referendum',
    'sovereignty', 'recognition', 'negotiator', 'envoy', 'ambassador', 'statement', 'meeting', 'round',
    'framework', 'draft', 'document', 'signature', 'implementation', 'verification', 'monitoring', 'observers',
    'corridor', 'evacuation', 'grain', 'shipping', 'port', 'energy', 'infrastructure', 'strikes', 'drones',
    'missiles', 'attack', 'shelling', 'offensive', 'defence', 'aid', 'weapons', 'supplies', 'reconstruction',
    'economy', 'trade', 'oil', 'gas', 'pipeline', 'nuclear', 'plant', 'safety', 'inspectors', 'agency',
    'children', 'deportation', 'reunification', 'rights', 'law', 'justice', 'tribunal', 'accountability',
    'crimes', 'investigation', 'evidence', 'witnesses', 'journalists', 'media', 'sources', 'reports',
    'confirmed', 'denied', 'expected', 'announced', 'postponed', 'cancelled', 'resumed', 'agreed', 'rejected',
    'welcomed', 'condemned', 'urged', 'warned', 'promised', 'insisted', 'proposed', 'discussed', 'signed',
    'completed', 'planned', 'failed', 'succeeded', 'continued', 'stopped', 'started', 'ended', 'held',
    'direct', 'indirect', 'bilateral', 'trilateral', 'multilateral', 'international', 'regional', 'national',
    'official', 'informal', 'secret', 'public', 'constructive', 'difficult', 'productive', 'historic',
    'important', 'realistic', 'unrealistic', 'fair', 'lasting', 'durable', 'comprehensive', 'partial',
    'temporary', 'permanent', 'immediate', 'unconditional', 'mutual', 'equal', 'first', 'second', 'third',
    'next', 'previous', 'final', 'new', 'further', 'large', 'small', 'wounded', 'sick', 'elderly', 'women',
    'detained', 'missing', 'killed', 'injured', 'displaced', 'refugees', 'volunteers', 'chaplains', 'medics',
    'doctors', 'hospital', 'red', 'cross', 'committee', 'commission', 'council', 'parliament', 'ministry',
    'office', 'headquarters', 'coordination', 'treatment', 'legitimacy', 'elections', 'constitution',
    'neutrality', 'alliance', 'membership', 'partners', 'allies', 'neighbours', 'region', 'city', 'village',
    'bridge', 'river', 'sea', 'coast', 'airport', 'railway', 'road', 'checkpoint', 'zone', 'line', 'map',
    'morning', 'evening', 'night', 'week', 'month', 'year', 'spring', 'summer', 'autumn', 'winter',
    'deadline', 'schedule', 'timeline', 'stage', 'phase', 'step', 'signal', 'message', 'call', 'letter',
    'telegram', 'interview', 'briefing', 'conference', 'press', 'spokesperson', 'adviser', 'chief', 'deputy',
    'head', 'leader', 'commander', 'general', 'officer', 'minister', 'foreign', 'affairs', 'interior',
    'intelligence', 'services', 'technical', 'experts', 'working', 'group', 'level', 'format', 'platform',
    'channel', 'hotline', 'trust', 'confidence', 'goodwill', 'gesture', 'compromise', 'concessions',
    'ultimatum', 'pressure', 'leverage', 'escalation', 'de-escalation', 'stability', 'order', 'future',
    'hope', 'doubt', 'uncertainty', 'risk', 'threat', 'opportunity', 'breakthrough', 'deadlock', 'stalemate',
    'négociations', 'échange', 'Waffenstillstand', 'Gefangene', 'переговори', 'обмін', 'полонені',
    'перемирие', 'мир', 'İstanbul']::text[] $$;

-- n words (sentence-cased, full stop) for row key k; salt keeps two texts of one row apart.
create or replace function bench.sentence(k bigint, salt int, n int) returns text
    language sql immutable parallel safe
as $$
    select upper(left(t, 1)) || substr(t, 2) || '.'
    from (select string_agg(
                     case when bench.u(k * 64 + j, salt) < 0.35
                          then fw[bench.pick(k * 64 + j, salt + 1, cardinality(fw))]
                          else cw[1 + floor(bench.u(k * 64 + j, salt + 2) ^ 2 * cardinality(cw))::int]
                     end, ' ' order by j) as t
          from generate_series(1, n) j,
               (select bench.function_words() as fw, bench.content_words() as cw) v) s
$$;

create table if not exists bench.generated (
    scale          numeric     not null,
    started_at     timestamptz not null,
    finished_at    timestamptz not null,
    seconds        numeric     not null,
    participant_lo bigint, participant_hi bigint, participants int,
    negotiation_lo bigint, negotiation_hi bigint, negotiations int,
    agreements int, exchanges int,
    statement_lo bigint, statement_hi bigint, statements int,
    counts         jsonb
);

create or replace view bench.vocabulary as
select w.word, w.rank, false as function_word from unnest(bench.content_words()) with ordinality w(word, rank)
union all
select w.word, w.rank, true from unnest(bench.function_words()) with ordinality w(word, rank);

-- ---------------------------------------------------------------- guard and sizes
select exists (select 1 from participant where created_by = 'bench') as already \gset
\if :already
\echo 'bench rows are already present: run bench/drop.sql (or bench/generate.sh --reset) first'
\quit
\endif

select greatest(3, round(2000 * :scale))::int as n_part,
       greatest(1, round(50000 * :scale))::int as n_neg,
       greatest(1, round(5000 * :scale))::int as n_agr,
       greatest(1, round(20000 * :scale))::int as n_exc,
       greatest(1, round(500000 * :scale))::int as n_stmt \gset
select greatest(2, round(:n_part * 0.05))::int as n_states,
       greatest(1, round(:n_part * 0.15))::int as n_orgs \gset
select :n_part - :n_states - :n_orgs as n_persons \gset
\echo generating scale :scale: :n_part participants (:n_states states, :n_orgs organizations, :n_persons persons), :n_neg negotiations, :n_agr agreements, :n_exc exchanges, :n_stmt statements
select clock_timestamp() as t_start \gset
\timing on

begin;

-- Ordinal k -> row id for every generated row: an insert ... select ... order by g takes its identity
-- values in that order, so row_number() over (order by id) of the returned ids is g.
create temp table pmap (k int primary key, id bigint not null, kind text not null, state int not null) on commit drop;
create temp table nmap (k int primary key, id bigint not null) on commit drop;
create temp table amap (k int primary key, id bigint not null) on commit drop;
create temp table xmap (k int primary key, id bigint not null) on commit drop;
create temp table smap (k int primary key, id bigint not null) on commit drop;

-- ---------------------------------------------------------------- participants
\echo participants
with ins as (
    insert into participant (name, kind, aliases, created_by, updated_by)
    select bench.state_name(g), 'STATE',
           array['Republic of ' || bench.state_name(g), bench.cyrillic(bench.state_name(g)),
                 upper(left(bench.state_name(g), 3))],
           'bench', 'bench'
    from generate_series(1, :n_states) g order by g
    returning id)
insert into pmap select row_number() over (order by id), id, 'STATE', row_number() over (order by id) from ins;

with ins as (
    insert into participant (name, kind, aliases, affiliation_id, created_by, updated_by)
    select o.body || ' of ' || bench.state_name(o.st) || case when g > 8 * :n_states then ' (' || g || ')' else '' end,
           'ORGANIZATION', array[o.abbrev || ' ' || bench.state_name(o.st)],
           (select id from pmap where k = o.st), 'bench', 'bench'
    from generate_series(1, :n_orgs) g
    cross join lateral (
        select 1 + (g - 1) % :n_states as st,
               (array['Ministry of Foreign Affairs', 'Ministry of Defence', 'Office of the President',
                      'Human Rights Commissioner', 'Coordination Headquarters for Prisoners of War',
                      'Security Council', 'Parliament', 'General Staff'])[1 + ((g - 1) / :n_states) % 8] as body,
               (array['MFA', 'MoD', 'OP', 'HRC', 'CHPW', 'SC', 'Parl.', 'GS'])[1 + ((g - 1) / :n_states) % 8] as abbrev) o
    order by g
    returning id, affiliation_id)
insert into pmap
select :n_states + row_number() over (order by ins.id), ins.id, 'ORGANIZATION',
       (select s.k from pmap s where s.id = ins.affiliation_id)
from ins;

with ins as (
    insert into participant (name, kind, aliases, title, affiliation_id, created_by, updated_by)
    select x.name, 'PERSON',
           array_remove(array[bench.cyrillic(x.name),
                              case when x.name like '%y%' then replace(x.name, 'y', 'i') end], null),
           x.title || ' of ' || bench.state_name(x.st),
           (select id from pmap where k = x.st), 'bench', 'bench'
    from generate_series(1, :n_persons) g
    cross join lateral (
        select (array['Oleksandr', 'Dmitry', 'Anna', 'Maria', 'Andriy', 'Sergey', 'Olena', 'Yulia', 'Mikhail',
                      'Kateryna', 'Ivan', 'Natalia', 'Pavlo', 'Irina', 'Yuriy', 'Svitlana', 'Viktor', 'Tetiana',
                      'Hakan', 'Recep', 'Emre', 'Ayşe', 'Pietro', 'Matteo', 'Giulia', 'Sofia', 'Jean', 'Marie',
                      'Hans', 'Greta', 'Lars', 'Ingrid', 'Marco', 'Elena', 'Tomasz', 'Agnieszka', 'Khalid',
                      'Faisal', 'Steve', 'Lukas'])[1 + (g - 1) % 40]
               || ' ' ||
               (array['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Ivanov', 'Smirnov',
                      'Kuznetsov', 'Popov', 'Volkov', 'Sokolov', 'Lebedev', 'Morozov', 'Petrenko', 'Melnyk',
                      'Boyko', 'Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Rossi', 'Bianchi', 'Ricci', 'Dubois', 'Müller',
                      'Schmidt', 'Nielsen', 'Hansen', 'Nowak', 'Wójcik', 'Al-Saud', 'Al-Thani', 'Witkoff',
                      'Kellogg', 'Rubio', 'Umerov', 'Yermak', 'Medinsky', 'Dmitriev', 'Ushakov', 'Budanov',
                      'Lubinets', 'Moskalkova', 'Sybiha', 'Peskov', 'Zakharova', 'Fidan', 'Parolin', 'Zuppi',
                      'Stubb'])[1 + ((g - 1) / 40) % 50]
               || case when g > 2000 then ' ' || (g / 2000 + 1)::text else '' end as name,
               (array['Minister of Foreign Affairs', 'Deputy Foreign Minister', 'Ambassador', 'Presidential Adviser',
                      'Chief Negotiator', 'Spokesperson', 'Minister of Defence', 'Ombudsman', 'Special Envoy',
                      'Head of Delegation'])[bench.pick(g, 22, 10)] as title,
               bench.pick(g, 21, :n_states) as st) x
    order by g
    returning id, affiliation_id)
insert into pmap
select :n_states + :n_orgs + row_number() over (order by ins.id), ins.id, 'PERSON',
       (select s.k from pmap s where s.id = ins.affiliation_id)
from ins;

-- ---------------------------------------------------------------- negotiations
\echo negotiations
create temp table ngen on commit drop as
select g, f.format, st.status, a.a, 1 + (a.a - 1 + bench.pick(g, 32, :n_states - 1)) % :n_states as b,
       case when st.status = 'PLANNED' and bench.u(g, 35) < 0.3 then null
            else timestamptz '2014-01-01 00:00:00+00' + make_interval(mins => (bench.u(g, 36) * 12 * 365 * 24 * 60)::int)
       end as starts_at,
       bench.pick(g, 37, 2) as round_no
from generate_series(1, :n_neg) g
cross join lateral (select bench.pick(g, 31, :n_states) as a) a
cross join lateral (select case when bench.u(g, 33) < 0.6 then 'IN_PERSON'
                                when bench.u(g, 33) < 0.85 then 'PHONE_CALL' else 'VIDEO_CALL' end as format) f
cross join lateral (select case when bench.u(g, 34) < 0.8 then 'HELD'
                                when bench.u(g, 34) < 0.95 then 'PLANNED' else 'CANCELLED' end as status) st;

with ins as (
    insert into negotiation (title, format, status, location, starts_at, ends_at, summary, created_by, updated_by)
    select bench.state_name(n.a) || '–' || bench.state_name(n.b)
           || case n.format when 'IN_PERSON' then ' talks in ' || bench.city(n.g, 38)
                            when 'PHONE_CALL' then ' phone call' else ' video conference' end
           || case when n.round_no > 1 then ', round ' || n.round_no else '' end,
           n.format, n.status,
           case when n.format = 'IN_PERSON' then bench.city(n.g, 38) end,
           n.starts_at,
           n.starts_at + make_interval(mins => 30 + bench.pick(n.g, 39, 330)),
           bench.sentence(n.g, 100, 8 + bench.pick(n.g, 40, 13)),
           'bench', 'bench'
    from ngen n order by n.g
    returning id)
insert into nmap select row_number() over (order by id), id from ins;

-- A fifth of the negotiations continue one of the 50 before them.
update negotiation n set previous_round_id = prev.id
from nmap m join nmap prev on prev.k = m.k - bench.pick(m.k, 41, 50)
where n.id = m.id and m.k > 50 and bench.u(m.k, 42) < 0.2;

\echo negotiation parties
-- Two delegations (states, or persons speaking for their states on phone calls), then 0-4 mediators,
-- hosts or observers drawn from all participants.
insert into negotiation_party (negotiation_id, position, participant_id, role, represents_id)
select m.id, j,
       case when j < 2 and n.format <> 'PHONE_CALL' then (select id from pmap where k = case j when 0 then n.a else n.b end)
            when j < 2 then pp.id
            else po.id end,
       case when j < 2 then 'DELEGATION'
            when bench.u(n.g * 8 + j, 44) < 0.5 then 'MEDIATOR'
            when bench.u(n.g * 8 + j, 44) < 0.75 then 'HOST' else 'OBSERVER' end,
       case when j < 2 and n.format = 'PHONE_CALL' then (select id from pmap where k = pp.state) end
from ngen n
join nmap m on m.k = n.g
cross join lateral generate_series(0, bench.pick(n.g, 43, 5)) j
left join pmap pp on pp.k = :n_states + :n_orgs + bench.pick(n.g * 8 + j, 45, :n_persons)
left join pmap po on po.k = bench.pick(n.g * 8 + j, 46, :n_part);

-- ---------------------------------------------------------------- agreements
\echo agreements
with ins as (
    insert into agreement (title, reached_on, negotiation_id, terms, prisoners_per_side, created_by, updated_by)
    select case when x.pps is not null and bench.u(x.ag, 51) < 0.6
                then x.pps || '-for-' || x.pps || ' prisoner exchange'
                else 'Agreement on ' || rtrim(lower(bench.sentence(x.ag, 200, 2 + bench.pick(x.ag, 52, 3))), '.') end,
           coalesce(n.starts_at::date, date '2014-01-01' + (bench.u(x.ag, 53) * 4380)::int),
           m.id,
           bench.sentence(x.ag, 210, 10 + bench.pick(x.ag, 54, 11)),
           x.pps, 'bench', 'bench'
    from (select ag, case when bench.u(ag, 55) < 0.8 then 10 * bench.pick(ag, 56, 100) end as pps,
                 bench.pick(ag, 57, :n_neg) as neg_k
          from generate_series(1, :n_agr) ag) x
    join ngen n on n.g = x.neg_k
    join nmap m on m.k = x.neg_k
    order by x.ag
    returning id)
insert into amap select row_number() over (order by id), id from ins;

-- ---------------------------------------------------------------- exchanges
\echo exchanges
create temp table xgen on commit drop as
select g, a.a, 1 + (a.a - 1 + bench.pick(g, 62, :n_states - 1)) % :n_states as b,
       case when bench.u(g, 63) < 0.6 then bench.pick(g, 64, :n_agr) end as agr_k,
       case when bench.u(g, 65) < 0.7 then bench.pick(g, 66, :n_neg) end as neg_k
from generate_series(1, :n_exc) g
cross join lateral (select bench.pick(g, 61, :n_states) as a) a;

with ins as (
    insert into exchange (occurred_on, location, status, negotiation_id, agreement_id, created_by, updated_by)
    select date '2014-01-01' + (bench.u(x.g, 67) * 4380)::int,
           case when bench.u(x.g, 68) < 0.7 then 'Border of ' || bench.state_name(x.a) || ' and ' || bench.state_name(x.b)
                else bench.city(x.g, 69) end,
           case when bench.u(x.g, 70) < 0.85 then 'COMPLETED' else 'PLANNED' end,
           coalesce((select a.negotiation_id from amap am join agreement a on a.id = am.id where am.k = x.agr_k),
                    (select id from nmap where k = x.neg_k)),
           (select id from amap where k = x.agr_k),
           'bench', 'bench'
    from xgen x order by x.g
    returning id)
insert into xmap select row_number() over (order by id), id from ins;

insert into exchange_side (exchange_id, position, released_by_id, received_by_id, military, civilians)
select m.id, j, ra.id, rb.id, bench.pick(x.g * 2 + j, 71, 401) - 1, bench.pick(x.g * 2 + j, 72, 151) - 1
from xgen x
join xmap m on m.k = x.g
cross join generate_series(0, 1) j
join pmap ra on ra.k = case j when 0 then x.a else x.b end
join pmap rb on rb.k = case j when 0 then x.b else x.a end;

insert into exchange_mediator (exchange_id, position, participant_id)
select m.id, j, p.id
from xgen x
join xmap m on m.k = x.g
cross join lateral generate_series(0, case when bench.u(x.g, 73) < 0.1 then 1 when bench.u(x.g, 73) < 0.4 then 0 else -1 end) j
join pmap p on p.k = 1 + (bench.pick(x.g, 74, :n_states) - 1 + j) % :n_states;

-- ---------------------------------------------------------------- statements
\echo statements
-- The text is bench.sentence(g, 300, 10..40 words) written out inline: as a lateral subquery it costs a
-- fifth of 500,000 SQL function calls.
with ins as (
    insert into statement (text, language, said_at, channel, url, speaker_id, negotiation_id, exchange_id,
                           created_by, updated_by)
    select upper(left(w.t, 1)) || substr(w.t, 2) || '.',
           case when bench.u(g, 82) < 0.7 then 'en' when bench.u(g, 82) < 0.85 then 'uk'
                when bench.u(g, 82) < 0.95 then 'ru' else 'de' end,
           timestamptz '2014-01-01 00:00:00+00' + make_interval(secs => floor(bench.u(g, 83) * 12 * 365 * 86400)),
           (array['X', 'Telegram', 'Truth Social', 'press conference', 'BBC interview', 'TASS', 'Ukrinform',
                  'Reuters interview', 'official website', null])[bench.pick(g, 84, 10)],
           case when bench.u(g, 85) < 0.7 then 'https://example.org/statements/' || g end,
           sp.id,
           case when bench.u(g, 86) < 0.4 then (select id from nmap where k = bench.pick(g, 87, :n_neg)) end,
           case when bench.u(g, 88) < 0.1 then (select id from xmap where k = bench.pick(g, 89, :n_exc)) end,
           'bench', 'bench'
    from generate_series(1, :n_stmt) g
    cross join (select bench.function_words() as fw, bench.content_words() as cw) v
    cross join lateral (
        select string_agg(case when bench.u(g * 64 + j, 300) < 0.35
                               then v.fw[bench.pick(g * 64 + j, 301, cardinality(v.fw))]
                               else v.cw[1 + floor(bench.u(g * 64 + j, 302) ^ 2 * cardinality(v.cw))::int]
                          end, ' ' order by j) as t
        from generate_series(1, 9 + bench.pick(g, 81, 31)) j) w
    join pmap sp on sp.k = case when bench.u(g, 90) < 0.05 then bench.pick(g, 91, :n_states)
                                when bench.u(g, 90) < 0.25 then :n_states + bench.pick(g, 92, :n_orgs)
                                else :n_states + :n_orgs + bench.pick(g, 93, :n_persons) end
    order by g
    returning id)
insert into smap select row_number() over (order by id), id from ins;

\echo statement mentions
insert into statement_mention (statement_id, position, participant_id)
select s.id, j, p.id
from smap s
cross join lateral generate_series(0, bench.pick(s.k, 94, 4) - 2) j
join pmap p on p.k = 1 + (bench.pick(s.k, 95, :n_part) - 1 + j * 7919) % :n_part
on conflict do nothing;

-- ---------------------------------------------------------------- sources
\echo sources
insert into source (negotiation_id, position, url, title, publisher, published_on)
select m.id, 0, 'https://example.org/negotiations/' || m.k, 'Report on the talks', 'Example News',
       coalesce(n.starts_at::date, date '2025-01-01')
from nmap m join ngen n on n.g = m.k where bench.u(m.k, 101) < 0.3;
insert into source (agreement_id, position, url, title, publisher, published_on)
select id, 0, 'https://example.org/agreements/' || k, 'Text of the agreement', 'Example Gazette', null from amap;
insert into source (exchange_id, position, url, title, publisher, published_on)
select id, 0, 'https://example.org/exchanges/' || k, 'Exchange report', 'Example Wire', null from xmap;
insert into source (statement_id, position, url, title, publisher, published_on)
select id, 0, 'https://example.org/quotes/' || k, null, 'Example Wire', null from smap where bench.u(k, 102) < 0.05;

-- ---------------------------------------------------------------- record the load
insert into bench.generated
select :scale, :'t_start', clock_timestamp(),
       round(extract(epoch from clock_timestamp() - :'t_start'::timestamptz)::numeric, 1),
       (select min(id) from pmap), (select max(id) from pmap), (select count(*) from pmap),
       (select min(id) from nmap), (select max(id) from nmap), (select count(*) from nmap),
       (select count(*) from amap), (select count(*) from xmap),
       (select min(id) from smap), (select max(id) from smap), (select count(*) from smap),
       jsonb_build_object(
           'negotiation_party', (select count(*) from negotiation_party np join nmap m on m.id = np.negotiation_id),
           'exchange_side', (select count(*) from exchange_side es join xmap m on m.id = es.exchange_id),
           'exchange_mediator', (select count(*) from exchange_mediator em join xmap m on m.id = em.exchange_id),
           'statement_mention', (select count(*) from statement_mention sm join smap m on m.id = sm.statement_id));

commit;

\echo vacuum analyze
vacuum (analyze) participant, negotiation, negotiation_party, agreement, exchange, exchange_side,
    exchange_mediator, statement, statement_mention, source;
\timing off
set client_min_messages = warning;

select round(extract(epoch from clock_timestamp() - :'t_start'::timestamptz)::numeric, 1) as load_seconds \gset
update bench.generated set seconds = :load_seconds;
\echo loaded scale :scale in :load_seconds s (inserts, index upkeep and vacuum analyze)
select participants, negotiations, agreements, exchanges, statements, counts from bench.generated;
