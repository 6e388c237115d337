-- Ceiling for Q5 (a speaker's statements, the page after a cursor): one statement returning the GraphQL response of
--   query($id: ID!, $after: String) { statements(filter: {speakerId: $id}, first: 20, after: $after) {
--     edges { cursor node { text saidAt negotiation { title } } } pageInfo { endCursor hasNextPage } } }
-- It takes the keyset position directly: the speaker (:id) and the said_at (microseconds since 1970, :after_at)
-- and ID (:after_id) of the row the cursor points at. Cursors are base64url text like the service's, but in a
-- format of this file's own (the check in run.sh compares everything but the cursor strings).
-- psql: -v id=… -v after_at=… -v after_id=…  (run.sh drops the \set lines)
-- pgbench (run.sh): -M prepared -D lo=<first participant> -D hi=<last> -D at_lo=… -D at_hi=… -f bench/ceiling/q5.sql
--   draws a speaker and a position in time between the earliest and latest second-page positions of the
--   sampled speakers (run.sh computes them), which reads the same index range and rows as a second page.
\set id random(:lo, :hi)
\set after_at random(:at_lo, :at_hi)
\set after_id 9223372036854775807
select json_build_object('data', json_build_object('statements', json_build_object(
    'edges', coalesce(json_agg(json_build_object(
                 'cursor', s.cursor,
                 'node', json_build_object(
                     'text', s.text,
                     'saidAt', to_char(s.said_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24":"MI":"SS"Z"'),
                     'negotiation', case when n.id is not null then json_build_object('title', n.title) end))
             order by s.said_at desc, s.id desc) filter (where s.n <= 20), '[]'),
    'pageInfo', json_build_object(
        'endCursor', (array_agg(s.cursor order by s.said_at desc, s.id desc))[least(count(*), 20)],
        'hasNextPage', count(*) > 20))))
from (select id, text, said_at, negotiation_id,
             row_number() over (order by said_at desc, id desc) as n,
             translate(encode(convert_to('statements:' || (extract(epoch from said_at) * 1000000)::int8 || ':' || id,
                                         'UTF8'), 'base64'), E'+/=\n', '-_') as cursor
      from statement
      where speaker_id = :id
        and (said_at, id) < (timestamptz 'epoch' + (:after_at)::int8 * interval '1 microsecond', (:after_id)::int8)
      order by said_at desc, id desc
      limit 21) s
left join negotiation n on n.id = s.negotiation_id;
