-- Ceiling for Q1 (list page): one statement returning the GraphQL response of
--   { negotiations(first: 20) { nodes { title startsAt location parties { role participant { name } } } } }
-- Run by bench/run.sh as: pgbench -M prepared -f bench/ceiling/q1.sql
select json_build_object('data', json_build_object('negotiations', json_build_object('nodes', coalesce(json_agg(
           json_build_object(
               'title', n.title,
               'startsAt', to_char(n.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24":"MI":"SS"Z"'),
               'location', n.location,
               'parties', (select coalesce(json_agg(json_build_object('role', np.role,
                                                                      'participant', json_build_object('name', p.name))
                                                    order by np.position), '[]')
                           from negotiation_party np
                           join participant p on p.id = np.participant_id
                           where np.negotiation_id = n.id))
           order by n.starts_at desc nulls last, n.id desc), '[]'))))
from (select id, title, starts_at, location
      from negotiation
      order by starts_at desc nulls last, id desc
      limit 20) n;
