select convert_to('{"data":' || json_build_object('a', json_build_object('nodes', (select coalesce(json_agg(json_build_object('name', t2.name, 'kind', t2.kind)
  order by t2.name asc, t2.id asc), '[]')
  from (select *
  from participant t1
  where true
  order by t1.name asc, t1.id asc limit 2) t2)), 'b', json_build_object('totalCount', (select count(*)::int4
  from agreement t3
  where true), 'nodes', (select coalesce(json_agg(json_build_object('title', t4.title, 'releasedPerSide', (select coalesce(min(per.released), 0)::int4
  from (select side.pid, sum(side.n) as released
  from exchange x join exchange_side s on s.exchange_id = x.id cross join lateral (values (s.released_by_id, s.military + s.civilians), (s.received_by_id, 0)) as side(pid, n)
  where x.agreement_id = t4.id and x.status = 'COMPLETED' group by side.pid) per))
  order by t4.reached_on desc nulls last, t4.id desc), '[]')
  from (select *
  from agreement t3
  where true
  order by t3.reached_on desc nulls last, t3.id desc limit 20) t4)), 'exchanges', (select json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object('totalReleased', (select coalesce(sum(s.military + s.civilians), 0)::int4
  from exchange_side s
  where s.exchange_id = t7.id), 'mediators', (select coalesce(json_agg(json_build_object('name', t9.name)
  order by t8.position), '[]')
  from exchange_mediator t8 join participant t9 on t9.id = t8.participant_id
  where t8.exchange_id = t7.id)))
  order by t7.ord) filter (where t7.ord <= 20), '[]'), 'pageInfo', json_build_object('startCursor', (array_agg(translate(encode(convert_to('exchanges:OCCURRED_ON:DESC' || E'\n' || t7.id || E'\n' || coalesce('=' || to_char(t7.occurred_on, 'YYYY-MM-DD'), '~'), 'UTF8'), 'base64'), E'+/=\n', '-_')
  order by t7.ord) filter (where t7.ord <= 20))[1], 'hasPreviousPage', false))
  from (select t6.*, row_number() over (order by t6.occurred_on desc, t6.id desc) as ord
  from (select *
  from exchange t5
  where true
  order by t5.occurred_on desc, t5.id desc limit 21) t6) t7))::text || '}', 'UTF8')
-- parameters: []
