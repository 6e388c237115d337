select convert_to('{"data":' || json_build_object('participants', json_build_object('@error', 0), 'negotiations', json_build_object('nodes', (select coalesce(json_agg(json_build_object('title', t2.title)
  order by t2.starts_at desc nulls last, t2.id desc), '[]')
  from (select *
  from negotiation t1
  where true
  order by t1.starts_at desc nulls last, t1.id desc limit 1) t2)))::text || '}', 'UTF8')
-- parameters: []
