select convert_to('{"data":' || json_build_object('negotiation', (select json_build_object('title', t1.title, 'parties', (select coalesce(json_agg(json_build_object('role', t2.role, 'participant', case when t3.id is null then null else json_build_object('name', t3.name) end)
  order by t2.position), '[]')
  from negotiation_party t2
  left join participant t3 on t3.id = t2.participant_id
  where t2.negotiation_id = t1.id), 'statements', json_build_object('nodes', (select coalesce(json_agg(json_build_object('text', t5.text, 'saidAt', (rtrim(rtrim(to_char(t5.said_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z'), 'speaker', case when t6.id is null then null else json_build_object('name', t6.name) end)
  order by t5.said_at desc, t5.id desc), '[]')
  from (select *
  from statement t4
  where t4.negotiation_id = t1.id
  order by t4.said_at desc, t4.id desc limit 10) t5
  left join participant t6 on t6.id = t5.speaker_id)), 'exchanges', json_build_object('nodes', (select coalesce(json_agg(json_build_object('sides', (select coalesce(json_agg(json_build_object('releasedBy', case when t10.id is null then null else json_build_object('name', t10.name) end, 'military', t9.military, 'civilians', t9.civilians)
  order by t9.position), '[]')
  from exchange_side t9
  left join participant t10 on t10.id = t9.released_by_id
  where t9.exchange_id = t8.id), 'agreement', case when t11.id is null then null else json_build_object('title', t11.title) end)
  order by t8.occurred_on desc, t8.id desc), '[]')
  from (select *
  from exchange t7
  where t7.negotiation_id = t1.id
  order by t7.occurred_on desc, t7.id desc limit 10) t8
  left join agreement t11 on t11.id = t8.agreement_id)))
  from negotiation t1
  where t1.id = $1::int8))::text || '}', 'UTF8')
-- parameters: [3]
