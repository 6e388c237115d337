select convert_to('{"data":' || json_build_object('negotiations', json_build_object('nodes', (select coalesce(json_agg(json_build_object('title', t2.title, 'startsAt', (rtrim(rtrim(to_char(t2.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z'), 'location', t2.location, 'parties', (select coalesce(json_agg(json_build_object('role', t3.role, 'participant', case when t4.id is null then null else json_build_object('name', t4.name) end)
  order by t3.position), '[]')
  from negotiation_party t3
  left join participant t4 on t4.id = t3.participant_id
  where t3.negotiation_id = t2.id))
  order by t2.starts_at desc nulls last, t2.id desc), '[]')
  from (select *
  from negotiation t1
  where true
  order by t1.starts_at desc nulls last, t1.id desc limit 20) t2)))::text || '}', 'UTF8')
-- parameters: []
