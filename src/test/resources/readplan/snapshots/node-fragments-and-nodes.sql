select convert_to('{"data":' || json_build_object('node', (select json_build_object('__typename', 'Negotiation', 'id', translate(encode(convert_to('Negotiation:' || t1.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'title', t1.title, 'previousRound', case when t2.id is null then null else json_build_object('title', t2.title) end)
  from negotiation t1
  left join negotiation t2 on t2.id = t1.previous_round_id
  where t1.id = $1::int8), 'nodes', (select coalesce(json_agg(case t3.type when 'PARTICIPANT' then (select json_build_object('id', translate(encode(convert_to('Participant:' || t4.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'name', t4.name)
  from participant t4
  where t4.id = t3.key) when 'NEGOTIATION' then (select json_build_object('id', translate(encode(convert_to('Negotiation:' || t5.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'title', t5.title)
  from negotiation t5
  where t5.id = t3.key) when 'AGREEMENT' then (select json_build_object('id', translate(encode(convert_to('Agreement:' || t6.id, 'UTF8'), 'base64'), E'+/=\n', '-_'))
  from agreement t6
  where t6.id = t3.key) when 'EXCHANGE' then (select json_build_object('id', translate(encode(convert_to('Exchange:' || t7.id, 'UTF8'), 'base64'), E'+/=\n', '-_'))
  from exchange t7
  where t7.id = t3.key) when 'STATEMENT' then (select json_build_object('id', translate(encode(convert_to('Statement:' || t8.id, 'UTF8'), 'base64'), E'+/=\n', '-_'))
  from statement t8
  where t8.id = t3.key) end
  order by t3.ord), '[]')
  from unnest($2::text[], $3::int8[]) with ordinality as t3(type, key, ord)))::text || '}', 'UTF8')
-- parameters: [3, [PARTICIPANT, NEGOTIATION], [7, 3]]
