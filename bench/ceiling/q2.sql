-- Ceiling for Q2 (negotiation detail): one statement returning the GraphQL response of
--   query($id: ID!) { negotiation(id: $id) { title parties { role participant { name } }
--     statements(first: 10) { nodes { text saidAt speaker { name } } }
--     exchanges(first: 10) { nodes { sides { releasedBy { name } military civilians } agreement { title } } } } }
-- Run by bench/run.sh as: pgbench -M prepared -D lo=<first id> -D hi=<last id> -f bench/ceiling/q2.sql
\set id random(:lo, :hi)
select json_build_object('data', json_build_object('negotiation', (
    select json_build_object(
        'title', n.title,
        'parties', (select coalesce(json_agg(json_build_object('role', np.role,
                                                               'participant', json_build_object('name', p.name))
                                             order by np.position), '[]')
                    from negotiation_party np
                    join participant p on p.id = np.participant_id
                    where np.negotiation_id = n.id),
        'statements', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object(
                       'text', s.text,
                       'saidAt', to_char(s.said_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24":"MI":"SS"Z"'),
                       'speaker', json_build_object('name', sp.name))
                   order by s.said_at desc, s.id desc), '[]')
            from (select id, text, said_at, speaker_id
                  from statement
                  where negotiation_id = n.id
                  order by said_at desc, id desc
                  limit 10) s
            join participant sp on sp.id = s.speaker_id)),
        'exchanges', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object(
                       'sides', (select coalesce(json_agg(json_build_object(
                                            'releasedBy', json_build_object('name', rp.name),
                                            'military', es.military,
                                            'civilians', es.civilians)
                                        order by es.position), '[]')
                                 from exchange_side es
                                 join participant rp on rp.id = es.released_by_id
                                 where es.exchange_id = e.id),
                       'agreement', (select json_build_object('title', a.title) from agreement a where a.id = e.agreement_id))
                   order by e.occurred_on desc, e.id desc), '[]')
            from (select id, occurred_on, agreement_id
                  from exchange
                  where negotiation_id = n.id
                  order by occurred_on desc, id desc
                  limit 10) e)))
    from negotiation n
    where n.id = :id)));
