-- Ceiling for Q4 (search): one statement returning the GraphQL response of
--   query($text: String!) { search(text: $text, first: 20) { score node { id } } }
-- Written by bench/search/ceiling.sh from bench/search/search.sql (edit that, then run this script): the same
-- statement with its text $1 taken from the search word list (bench.vocabulary, by rank).
-- psql: -v r=<rank of the word>   (run.sh drops the \set line)
-- pgbench (run.sh): -M prepared -D lo=<first rank> -D hi=<last rank> -f bench/ceiling/q4.sql
\set r random(:lo, :hi)
select json_build_object('data', json_build_object('search', coalesce(json_agg(json_build_object(
           'score', h.score,
           'node', json_build_object('id', translate(encode(convert_to(initcap(h.type) || ':' || h.id, 'UTF8'),
                                                            'base64'), E'+/=\n', '-_')))
       order by h.score desc, h.type, h.id), '[]')))
from (
    with t as materialized (select fold_text((select v.word from bench.vocabulary v where not v.function_word and v.rank = :r)) as text),
    q as materialized (
        select t.text,
               '%' || replace(replace(replace(t.text, '\', '\\'), '%', '\%'), '_', '\_') || '%' as pattern,
               websearch_to_tsquery('simple', t.text) as ts
        from t),
    n_new as materialized (
        select r.id, ts_rank(r.search_vector, q.ts, 32)::float8 as score, ts_filter(r.search_vector, '{a}') @@ q.ts as titled
        from (select id, search_vector from negotiation order by id desc limit 2000) r, q
        where r.search_vector @@ q.ts),
    a_new as materialized (
        select r.id, ts_rank(r.search_vector, q.ts, 32)::float8 as score, ts_filter(r.search_vector, '{a}') @@ q.ts as titled
        from (select id, search_vector from agreement order by id desc limit 2000) r, q
        where r.search_vector @@ q.ts),
    x_new as materialized (
        select r.id, ts_rank(r.search_vector, q.ts, 32)::float8 as score
        from (select id, search_vector from exchange order by id desc limit 2000) r, q
        where r.search_vector @@ q.ts),
    s_new as materialized (
        select r.id, ts_rank(r.search_vector, q.ts, 32)::float8 as score
        from (select id, search_vector from statement order by id desc limit 2000) r, q
        where r.search_vector @@ q.ts)
    select type, id, score from (
        select 'PARTICIPANT' as type, p.id,
               (case when p.folded_names like q.pattern then 2 else 1 end
                + word_similarity(q.text, p.folded_names))::float8 as score
        from (select p.id, p.folded_names from participant p, q
              where p.folded_names like q.pattern or q.text <% p.folded_names
              limit 200) p, q
        union
        select 'NEGOTIATION', id, score from n_new
        union
        (select 'NEGOTIATION', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from negotiation t, q
         where t.search_vector @@ q.ts and (select count(*) from n_new) < 20 and t.id not in (select id from n_new)
         limit 200)
        union
        (select 'NEGOTIATION', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from negotiation t, q
         where to_tsvector('simple', fold_text(t.title)) @@ q.ts and (select count(*) from n_new where titled) < 20 and t.id not in (select id from n_new)
         limit 200)
        union
        select 'AGREEMENT', id, score from a_new
        union
        (select 'AGREEMENT', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from agreement t, q
         where t.search_vector @@ q.ts and (select count(*) from a_new) < 20 and t.id not in (select id from a_new)
         limit 200)
        union
        (select 'AGREEMENT', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from agreement t, q
         where to_tsvector('simple', fold_text(t.title)) @@ q.ts and (select count(*) from a_new where titled) < 20 and t.id not in (select id from a_new)
         limit 200)
        union
        select 'EXCHANGE', id, score from x_new
        union
        (select 'EXCHANGE', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from exchange t, q
         where t.search_vector @@ q.ts and (select count(*) from x_new) < 20 and t.id not in (select id from x_new)
         limit 200)
        union
        select 'STATEMENT', id, score from s_new
        union
        (select 'STATEMENT', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from statement t, q
         where t.search_vector @@ q.ts and (select count(*) from s_new) < 20 and t.id not in (select id from s_new)
         limit 200)
    ) hits
    order by score desc, type, id
    limit 20
) h;
