package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;

import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.PageRequest;

/**
 * {@code search(text:, first:)} ranks a bounded set of candidates, so its cost does not grow with the number of
 * matches: per full-text kind every match among its newest rows, matches from the GIN index only when those are
 * too few, and title matches (weight A) of any age only when the newest rows hold too few of them (a title word
 * common enough to fill the window costs a bitmap of every title holding it); participants from the trigram
 * index, scored above every full-text hit. The text reaches the scans only through a materialized CTE, so one
 * plan serves every text.
 */
record SearchRead(ObjectPlan hit) implements FieldRead {

    static final int MAX_TEXT = 200;
    private static final int WINDOW_PER_HIT = 100;
    private static final int CAP_PER_HIT = 10;

    private record Kind(String type, String table, String alias, boolean titled) {
    }

    private static final List<Kind> KINDS = List.of(new Kind("NEGOTIATION", "negotiation", "n", true),
            new Kind("AGREEMENT", "agreement", "a", true), new Kind("EXCHANGE", "exchange", "x", false),
            new Kind("STATEMENT", "statement", "s", false));

    @Override
    public String render(Render render, Entry entry, Scope scope) {
        String text = (String) render.arguments(entry).get("text");
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new BadUserInputException("text must be 1 to " + MAX_TEXT + " characters.", "text");
        }
        int size = PageRequest.size(Arguments.integer(render.arguments(entry).get("first"), "first"));
        String row = render.alias();
        List<String> joins = new ArrayList<>();
        String json = hit.render(render, new Scope(row, joins));
        return "(select coalesce(json_agg(" + json + " order by " + row + ".score desc, " + row + ".type, " + row
                + ".id), '[]') from (" + hits(render.param(text, "text"), size) + ") " + row + String.join("", joins)
                + ")";
    }

    static String hits(String text, int size) {
        int enough = Math.max(size, 20);
        StringBuilder sql = new StringBuilder("with t as materialized (select fold_text(").append(text)
                .append(") as text), q as materialized (select t.text, '%' || replace(replace(replace(t.text, "
                        + "'\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' as pattern, "
                        + "websearch_to_tsquery('simple', t.text) as ts from t)");
        for (Kind kind : KINDS) {
            sql.append(", ").append(kind.alias()).append("_new as materialized (select r.id, ")
                    .append("ts_rank(r.search_vector, q.ts, 32)::float8 as score")
                    .append(kind.titled() ? ", ts_filter(r.search_vector, '{a}') @@ q.ts as titled" : "")
                    .append(" from (select id, search_vector from ")
                    .append(kind.table()).append(" order by id desc limit ").append(WINDOW_PER_HIT * enough)
                    .append(") r, q where r.search_vector @@ q.ts)");
        }
        sql.append(" select type, id, score from (select 'PARTICIPANT' as type, p.id, (case when p.folded_names ")
                .append("like q.pattern then 2 else 1 end + word_similarity(q.text, p.folded_names))::float8 as score ")
                .append("from (select p.id, p.folded_names from participant p, q where p.folded_names like q.pattern ")
                .append("or q.text <% p.folded_names limit ").append(CAP_PER_HIT * enough).append(") p, q");
        for (Kind kind : KINDS) {
            sql.append(" union select '").append(kind.type()).append("', id, score from ").append(kind.alias())
                    .append("_new union ").append(older(kind, "t.search_vector @@ q.ts and (select count(*) from "
                            + kind.alias() + "_new) < " + enough, enough));
            if (kind.titled()) {
                sql.append(" union ").append(older(kind, "to_tsvector('simple', fold_text(t.title)) @@ q.ts and "
                        + "(select count(*) from " + kind.alias() + "_new where titled) < " + enough, enough));
            }
        }
        return sql.append(") hits order by score desc, type, id limit ").append(size).toString();
    }

    /** Matches outside the kind's window, from one of its GIN indexes, up to a cap. */
    private static String older(Kind kind, String condition, int enough) {
        return "(select '" + kind.type() + "', t.id, ts_rank(t.search_vector, q.ts, 32)::float8 from " + kind.table()
                + " t, q where " + condition + " and t.id not in (select id from " + kind.alias() + "_new) limit "
                + CAP_PER_HIT * enough + ")";
    }
}
