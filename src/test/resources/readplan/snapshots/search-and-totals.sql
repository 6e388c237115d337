select convert_to('{"data":' || json_build_object('search', (select coalesce(json_agg(json_build_object('score', t1.score, 'node', case t1.type when 'PARTICIPANT' then (select json_build_object('__typename', 'Participant', 'id', translate(encode(convert_to('Participant:' || t2.id, 'UTF8'), 'base64'), E'+/=\n', '-_'))
  from participant t2
  where t2.id = t1.id) when 'NEGOTIATION' then (select json_build_object('__typename', 'Negotiation', 'id', translate(encode(convert_to('Negotiation:' || t3.id, 'UTF8'), 'base64'), E'+/=\n', '-_'))
  from negotiation t3
  where t3.id = t1.id) when 'AGREEMENT' then (select json_build_object('__typename', 'Agreement', 'id', translate(encode(convert_to('Agreement:' || t4.id, 'UTF8'), 'base64'), E'+/=\n', '-_'))
  from agreement t4
  where t4.id = t1.id) when 'EXCHANGE' then (select json_build_object('__typename', 'Exchange', 'id', translate(encode(convert_to('Exchange:' || t5.id, 'UTF8'), 'base64'), E'+/=\n', '-_'))
  from exchange t5
  where t5.id = t1.id) when 'STATEMENT' then (select json_build_object('__typename', 'Statement', 'id', translate(encode(convert_to('Statement:' || t6.id, 'UTF8'), 'base64'), E'+/=\n', '-_'))
  from statement t6
  where t6.id = t1.id) end)
  order by t1.score desc, t1.type, t1.id), '[]')
  from (with t as materialized (select fold_text($1::text) as text), q as materialized (select t.text, '%' || replace(replace(replace(t.text, '\', '\\'), '%', '\%'), '_', '\_') || '%' as pattern, websearch_to_tsquery('simple', t.text) as ts
  from t), n_new as materialized (select r.id, ts_rank(r.search_vector, q.ts, 32)::float8 as score, ts_filter(r.search_vector, '{a}') @@ q.ts as titled
  from (select id, search_vector
  from negotiation
  order by id desc limit 2000) r, q
  where r.search_vector @@ q.ts), a_new as materialized (select r.id, ts_rank(r.search_vector, q.ts, 32)::float8 as score, ts_filter(r.search_vector, '{a}') @@ q.ts as titled
  from (select id, search_vector
  from agreement
  order by id desc limit 2000) r, q
  where r.search_vector @@ q.ts), x_new as materialized (select r.id, ts_rank(r.search_vector, q.ts, 32)::float8 as score
  from (select id, search_vector
  from exchange
  order by id desc limit 2000) r, q
  where r.search_vector @@ q.ts), s_new as materialized (select r.id, ts_rank(r.search_vector, q.ts, 32)::float8 as score
  from (select id, search_vector
  from statement
  order by id desc limit 2000) r, q
  where r.search_vector @@ q.ts) select type, id, score
  from (select 'PARTICIPANT' as type, p.id, (case when p.folded_names like q.pattern then 2 else 1 end + word_similarity(q.text, p.folded_names))::float8 as score
  from (select p.id, p.folded_names
  from participant p, q
  where p.folded_names like q.pattern or q.text <% p.folded_names limit 200) p, q union select 'NEGOTIATION', id, score
  from n_new union (select 'NEGOTIATION', t.id, ts_rank(t.search_vector, q.ts, 32)::float8
  from negotiation t, q
  where t.search_vector @@ q.ts and (select count(*)
  from n_new) < 20 and t.id not in (select id
  from n_new) limit 200) union (select 'NEGOTIATION', t.id, ts_rank(t.search_vector, q.ts, 32)::float8
  from negotiation t, q
  where to_tsvector('simple', fold_text(t.title)) @@ q.ts and (select count(*)
  from n_new
  where titled) < 20 and t.id not in (select id
  from n_new) limit 200) union select 'AGREEMENT', id, score
  from a_new union (select 'AGREEMENT', t.id, ts_rank(t.search_vector, q.ts, 32)::float8
  from agreement t, q
  where t.search_vector @@ q.ts and (select count(*)
  from a_new) < 20 and t.id not in (select id
  from a_new) limit 200) union (select 'AGREEMENT', t.id, ts_rank(t.search_vector, q.ts, 32)::float8
  from agreement t, q
  where to_tsvector('simple', fold_text(t.title)) @@ q.ts and (select count(*)
  from a_new
  where titled) < 20 and t.id not in (select id
  from a_new) limit 200) union select 'EXCHANGE', id, score
  from x_new union (select 'EXCHANGE', t.id, ts_rank(t.search_vector, q.ts, 32)::float8
  from exchange t, q
  where t.search_vector @@ q.ts and (select count(*)
  from x_new) < 20 and t.id not in (select id
  from x_new) limit 200) union select 'STATEMENT', id, score
  from s_new union (select 'STATEMENT', t.id, ts_rank(t.search_vector, q.ts, 32)::float8
  from statement t, q
  where t.search_vector @@ q.ts and (select count(*)
  from s_new) < 20 and t.id not in (select id
  from s_new) limit 200)) hits
  order by score desc, type, id limit 5) t1), 'exchangeTotals', (with chosen as (select t7.id
  from exchange t7
  where (t7.status = $2::text)), sides as (select s.*
  from exchange_side s join chosen on chosen.id = s.exchange_id), participant_totals as (select participant_id, sum(released)::int4 as released, sum(received)::int4 as received
  from (select released_by_id as participant_id, military + civilians as released, 0 as received
  from sides union all select received_by_id, 0, military + civilians
  from sides) per group by participant_id) select json_build_object('exchanges', t8.exchanges, 'released', t8.released, 'byParticipant', (select coalesce(json_agg(json_build_object('participant', case when t10.id is null then null else json_build_object('name', t10.name) end, 'released', t9.released, 'received', t9.received)
  order by t9.released desc, t9.participant_id), '[]')
  from participant_totals t9
  left join participant t10 on t10.id = t9.participant_id
  where true))
  from (select (select count(*)
  from chosen)::int4 as exchanges, (select coalesce(sum(military + civilians), 0)
  from sides)::int4 as released, (select coalesce(sum(military), 0)
  from sides)::int4 as military, (select coalesce(sum(civilians), 0)
  from sides)::int4 as civilians) t8))::text || '}', 'UTF8')
-- parameters: [prisoners, COMPLETED]
