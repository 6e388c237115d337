select convert_to('{"data":' || json_build_object('negotiations', (select json_build_object('totalCount', (select count(*)::int4
  from negotiation t1
  where (t1.id = any(array(select t2.negotiation_id
  from negotiation_party t2
  where t2.participant_id = $1::int8 union all select t3.negotiation_id
  from negotiation_party t3
  where t3.represents_id = $1::int8))) and (t1.starts_at >= ($2::date)::timestamp at time zone 'UTC') and (t1.starts_at < ($3::date + 1)::timestamp at time zone 'UTC')), 'nodes', coalesce(json_agg(json_build_object('title', t5.title, 'startsAt', (rtrim(rtrim(to_char(t5.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z'), 'location', t5.location)
  order by t5.ord) filter (where t5.ord <= 20), '[]'), 'pageInfo', json_build_object('hasNextPage', count(*) > 20, 'endCursor', (array_agg(translate(encode(convert_to('negotiations:TITLE:ASC' || E'\n' || t5.id || E'\n' || coalesce('=' || t5.title, '~'), 'UTF8'), 'base64'), E'+/=\n', '-_')
  order by t5.ord desc) filter (where t5.ord <= 20))[1]))
  from (select t4.*, row_number() over (order by t4.title asc, t4.id asc) as ord
  from (select *
  from negotiation t1
  where (t1.id = any(array(select t2.negotiation_id
  from negotiation_party t2
  where t2.participant_id = $1::int8 union all select t3.negotiation_id
  from negotiation_party t3
  where t3.represents_id = $1::int8))) and (t1.starts_at >= ($2::date)::timestamp at time zone 'UTC') and (t1.starts_at < ($3::date + 1)::timestamp at time zone 'UTC')
  order by t1.title asc, t1.id asc limit 21) t4) t5))::text || '}', 'UTF8')
-- parameters: [7, 2024-01-01, 2024-12-31]
