-- Ceiling for Q3 (participant page): one statement returning the GraphQL response of
--   query($id: ID!) { participant(id: $id) { name aliases
--     statements(first: 20) { nodes { text saidAt negotiation { title } } } } }
-- Run by bench/run.sh as: pgbench -M prepared -D lo=<first id> -D hi=<last id> -f bench/ceiling/q3.sql
\set id random(:lo, :hi)
select json_build_object('data', json_build_object('participant', (
    select json_build_object(
        'name', p.name,
        'aliases', to_json(p.aliases),
        'statements', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object(
                       'text', s.text,
                       'saidAt', to_char(s.said_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24":"MI":"SS"Z"'),
                       'negotiation', case when n.id is not null then json_build_object('title', n.title) end)
                   order by s.said_at desc, s.id desc), '[]')
            from (select id, text, said_at, negotiation_id
                  from statement
                  where speaker_id = p.id
                  order by said_at desc, id desc
                  limit 20) s
            left join negotiation n on n.id = s.negotiation_id)))
    from participant p
    where p.id = :id)));
