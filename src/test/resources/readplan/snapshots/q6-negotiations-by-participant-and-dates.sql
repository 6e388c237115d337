select convert_to('{"data":' || json_build_object('negotiations', (with t4 as materialized (select *
  from negotiation t1
  where (t1.id = any(array(select t2.negotiation_id
  from negotiation_party t2
  where t2.participant_id = $1::int8 union all select t3.negotiation_id
  from negotiation_party t3
  where t3.represents_id = $1::int8))) and (t1.starts_at >= ($2::date)::timestamp at time zone 'UTC') and (t1.starts_at < ($3::date + 1)::timestamp at time zone 'UTC')) select (select json_build_object('totalCount', (select count(*)::int4
  from t4), 'nodes', coalesce(json_agg(json_build_object('title', t6.title, 'startsAt', (rtrim(rtrim(to_char(t6.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z'), 'location', t6.location)
  order by t6.ord) filter (where t6.ord <= 20), '[]'), 'pageInfo', json_build_object('hasNextPage', count(*) > 20, 'endCursor', (array_agg(translate(encode(convert_to('negotiations:TITLE:ASC' || E'\n' || t6.id || E'\n' || coalesce('=' || t6.title, '~'), 'UTF8'), 'base64'), E'+/=\n', '-_')
  order by t6.ord desc) filter (where t6.ord <= 20))[1]))
  from (select t5.*, row_number() over (order by t5.title asc, t5.id asc) as ord
  from (select *
  from t4 t1
  where true
  order by t1.title asc, t1.id asc limit 21) t5) t6)))::text || '}', 'UTF8')
-- parameters: [7, 2024-01-01, 2024-12-31]
