#!/usr/bin/env bash
# Writes bench/ceiling/q4.sql, the Q4 ceiling, from bench/search/search.sql: the same statement with its
# text $1 taken from the search word list, wrapped to build the service's JSON.
# Usage: bench/search/ceiling.sh [--check]   (--check: exit 1 when ceiling/q4.sql is not what it would write)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

render() {
    cat <<'EOF'
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
EOF
    grep -v '^--' "$BENCH_DIR/search/search.sql" \
        | sed 's/\$1/(select v.word from bench.vocabulary v where not v.function_word and v.rank = :r)/g; s/^/    /'
    echo ') h;'
}

if [ "${1:-}" = --check ]; then
    diff -q <(render) "$BENCH_DIR/ceiling/q4.sql" >/dev/null
else
    render >"$BENCH_DIR/ceiling/q4.sql"
fi
