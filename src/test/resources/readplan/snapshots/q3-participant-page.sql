select convert_to('{"data":' || json_build_object('participant', (select json_build_object('name', t1.name, 'aliases', to_json(t1.aliases), 'statements', json_build_object('nodes', (select coalesce(json_agg(json_build_object('text', t3.text, 'saidAt', (rtrim(rtrim(to_char(t3.said_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z'), 'negotiation', case when t4.id is null then null else json_build_object('title', t4.title) end)
  order by t3.said_at desc, t3.id desc), '[]')
  from (select *
  from statement t2
  where t2.speaker_id = t1.id
  order by t2.said_at desc, t2.id desc limit 20) t3
  left join negotiation t4 on t4.id = t3.negotiation_id)))
  from participant t1
  where t1.id = $1::int8))::text || '}', 'UTF8')
-- parameters: [7]
