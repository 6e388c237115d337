-- search(text: $1, first: 20): the hits to answer as (type, id, score), best first; see README.md here.
-- Ranks a bounded set of candidates per kind, so the cost does not grow with the number of matches:
--   negotiations, agreements, exchanges, statements: every full-text match among the kind's 2000 newest
--   rows (by ID); when those are fewer than 20, also up to 200 further matches from its GIN index;
--   negotiations and agreements: also up to 200 title matches of any age (title GIN indexes, migration V6) when the
--   window holds fewer than 20 title matches (weight A, found with ts_filter);
--   participants: up to 200 matches from the trigram index (name or alias substring, or word similarity),
--   scored 1 + (1 for a substring) + word similarity, above every full-text score (ts_rank / (1 + ts_rank) < 1).
-- With F = max(first, 20): window 100 F rows, threshold F, cap 10 F, written into the text as numbers like
-- page sizes. The text reaches the scans only through the materialized CTE q, so every text gets the same
-- plan (the trigram index included) and a generic plan is as good as a custom one.
with t as materialized (select fold_text($1) as text),
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
