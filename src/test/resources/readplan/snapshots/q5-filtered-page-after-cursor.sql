select convert_to('{"data":' || json_build_object('statements', (select json_build_object('edges', coalesce(json_agg(json_build_object('cursor', translate(encode(convert_to('statements:SAID_AT:DESC' || E'\n' || t3.id || E'\n' || coalesce('=' || to_char(t3.said_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '~'), 'UTF8'), 'base64'), E'+/=\n', '-_'), 'node', json_build_object('text', t3.text, 'saidAt', (rtrim(rtrim(to_char(t3.said_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z'), 'negotiation', case when t4.id is null then null else json_build_object('title', t4.title) end))
  order by t3.ord) filter (where t3.ord <= 20), '[]'), 'pageInfo', json_build_object('endCursor', (array_agg(translate(encode(convert_to('statements:SAID_AT:DESC' || E'\n' || t3.id || E'\n' || coalesce('=' || to_char(t3.said_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '~'), 'UTF8'), 'base64'), E'+/=\n', '-_')
  order by t3.ord desc) filter (where t3.ord <= 20))[1], 'hasNextPage', count(*) > 20))
  from (select t2.*, row_number() over (order by t2.said_at desc, t2.id desc) as ord
  from (select *
  from statement t1
  where (t1.speaker_id = $1::int8) and ((t1.said_at, t1.id) < ($3::timestamptz, $2::int8))
  order by t1.said_at desc, t1.id desc limit 21) t2) t3
  left join negotiation t4 on t4.id = t3.negotiation_id))::text || '}', 'UTF8')
-- parameters: [7, 42, 2025-05-16T10:30Z]
