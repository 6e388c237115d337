-- Ceiling for Q6 (a participant's negotiations in a date range, by title): one statement returning the GraphQL
-- response of
--   query($id: ID!) { negotiations(filter: {participantId: $id, from: "2022-01-01", to: "2024-12-31"},
--     orderBy: {field: TITLE, direction: ASC}, first: 20) {
--     totalCount nodes { title startsAt location } pageInfo { hasNextPage endCursor } } }
-- A participant takes part as a party or as the state a party represents; dates are whole UTC days, both ends
-- included. The cursor is base64url text in a format of this file's own (run.sh's check skips cursor strings).
-- Run by bench/run.sh as: pgbench -M prepared -D lo=<first id> -D hi=<last id> -f bench/ceiling/q6.sql
\set id random(:lo, :hi)
with m as (
    select n.id, n.title, n.starts_at, n.location
    from negotiation n
    where n.id in (select np.negotiation_id from negotiation_party np where np.participant_id = :id
                   union
                   select np.negotiation_id from negotiation_party np where np.represents_id = :id)
      and n.starts_at >= timestamptz '2022-01-01 00:00:00+00'
      and n.starts_at < timestamptz '2025-01-01 00:00:00+00')
select json_build_object('data', json_build_object('negotiations', json_build_object(
    'totalCount', (select count(*) from m),
    'nodes', coalesce(json_agg(json_build_object(
                 'title', p.title,
                 'startsAt', to_char(p.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24":"MI":"SS"Z"'),
                 'location', p.location)
             order by p.title, p.id), '[]'),
    'pageInfo', json_build_object(
        'hasNextPage', (select count(*) > 20 from m),
        'endCursor', (array_agg(translate(encode(convert_to('negotiations TITLE ' || p.id || ' ' || p.title, 'UTF8'),
                                                 'base64'), E'+/=\n', '-_')
                                order by p.title, p.id))[count(*)]))))
from (select id, title, starts_at, location from m order by title, id limit 20) p;
