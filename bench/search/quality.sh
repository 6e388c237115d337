#!/usr/bin/env bash
# How good a bounded search statement's hits are: for every Q4 word, the summed score of its top 20 divided by
# the summed score of the exact top 20 (every match of every kind ranked with the same scores). Prints the
# average and worst share, and the number of words whose share is 1.
#
# Usage: bench/search/quality.sh [--statement FILE] [--every N]
#   --statement FILE   the bounded statement (default bench/search/search.sql, the text as $1)
#   --every N          every Nth word by rank only (default 1: all; the exact ranking takes minutes per word list
#                      at scale 10)
# Database: $BENCH_DB_URL, else the bench's own PostgreSQL on $BENCH_PG_PORT (default 5544) with generated data.
# Creates functions in a schema "search_quality" for the run and drops it at the end.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

statement="$BENCH_DIR/search/search.sql" every=1
while [ $# -gt 0 ]; do
    case "$1" in
        --statement) statement="$2"; shift 2 ;;
        --every) [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "--every takes a positive integer"; every="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -f "$statement" ] || die "no statement file $statement"
[ "$(bq "select to_regclass('bench.generated') is not null")" = t ] || die "no generated data in $DB_URL"

export PGOPTIONS="-c client_min_messages=warning"
body="$(grep -v '^\s*--' "$statement" | sed 's/;\s*$//')"
psql -X -q -v ON_ERROR_STOP=1 "$DB_URL" <<SQL
drop schema if exists search_quality cascade;
create schema search_quality;
create function search_quality.bounded(text) returns table(type text, id int8, score float8)
language sql stable as \$f\$ $body \$f\$;
create function search_quality.exact(text) returns table(type text, id int8, score float8)
language sql stable as \$f\$
with q as materialized (select fold_text(\$1) as text, websearch_to_tsquery('simple', fold_text(\$1)) as ts,
        '%' || replace(replace(replace(fold_text(\$1), '\', '\\\\'), '%', '\%'), '_', '\_') || '%' as pattern)
select type, id, score from (
    select 'PARTICIPANT' as type, p.id::int8 as id, (case when p.folded_names like q.pattern then 2 else 1 end
           + word_similarity(q.text, p.folded_names))::float8 as score
    from participant p, q where p.folded_names like q.pattern or q.text <% p.folded_names
    union all select 'NEGOTIATION', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from negotiation t, q
    where t.search_vector @@ q.ts
    union all select 'AGREEMENT', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from agreement t, q
    where t.search_vector @@ q.ts
    union all select 'EXCHANGE', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from exchange t, q
    where t.search_vector @@ q.ts
    union all select 'STATEMENT', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from statement t, q
    where t.search_vector @@ q.ts) hits
order by score desc, type, id limit 20
\$f\$;
SQL
bq "with shares as (
        select (select sum(score) from search_quality.bounded(v.word))::numeric / (select sum(score) from search_quality.exact(v.word))::numeric as share
        from bench.vocabulary v where not v.function_word and v.rank > 20 and v.rank % $every = 0)
    select format('words %s, share of the exact top 20''s summed score: average %s %%, worst %s %%, %s words at 100 %%',
                  count(*), round(100 * avg(share), 1), round(100 * min(share), 1), count(*) filter (where share >= 0.99999))
    from shares"
bq "drop schema search_quality cascade" >/dev/null
