select convert_to('{"data":' || json_build_object('negotiations', (select json_build_object('totalCount', (select count(*)::int4
  from negotiation t1
  where (exists (select 1
  from negotiation_party t2
  where t2.negotiation_id = t1.id and (t2.participant_id = $1::int8 or t2.represents_id = $1::int8))) and (t1.starts_at >= ($2::date)::timestamp at time zone 'UTC') and (t1.starts_at < ($3::date + 1)::timestamp at time zone 'UTC')), 'nodes', coalesce(json_agg(json_build_object('title', t4.title, 'startsAt', (rtrim(rtrim(to_char(t4.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z'), 'location', t4.location)
  order by t4.ord) filter (where t4.ord <= 20), '[]'), 'pageInfo', json_build_object('hasNextPage', count(*) > 20, 'endCursor', (array_agg(translate(encode(convert_to('negotiations:TITLE:ASC' || E'\n' || t4.id || E'\n' || coalesce('=' || t4.title, '~'), 'UTF8'), 'base64'), E'+/=\n', '-_')
  order by t4.ord desc) filter (where t4.ord <= 20))[1]))
  from (select t3.*, row_number() over (order by t3.title asc, t3.id asc) as ord
  from (select *
  from negotiation t1
  where (exists (select 1
  from negotiation_party t2
  where t2.negotiation_id = t1.id and (t2.participant_id = $1::int8 or t2.represents_id = $1::int8))) and (t1.starts_at >= ($2::date)::timestamp at time zone 'UTC') and (t1.starts_at < ($3::date + 1)::timestamp at time zone 'UTC')
  order by t1.title asc, t1.id asc limit 21) t3) t4))::text || '}', 'UTF8')
-- parameters: [7, 2024-01-01, 2024-12-31]
