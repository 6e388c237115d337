package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;

import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.PageRequest;

/**
 * {@code search(text:, first:)}: participants whose names or aliases contain the text or resemble it by trigram
 * word similarity rank above full-text hits in the other records.
 */
record SearchRead(ObjectPlan hit) implements FieldRead {

    static final int MAX_TEXT = 200;

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
                + ".id), '[]') from (" + hits(render, text, size) + ") " + row + String.join("", joins) + ")";
    }

    private static String hits(Render render, String text, int size) {
        String words = render.param(text, "text");
        String contains = "'%' || fold_text(" + render.param(FilterField.escapeLike(text), "text")
                + ") || '%' escape '\\'";
        return "with q as (select fold_text(" + words + ") as text, websearch_to_tsquery('simple', fold_text(" + words
                + ")) as ts) select type, id, score from ("
                + "select 'PARTICIPANT' as type, p.id, (case when p.folded_names like " + contains
                + " then 1 else 0 end + word_similarity(q.text, p.folded_names))::float8 as score "
                + "from participant p, q where p.folded_names like " + contains + " or q.text <% p.folded_names "
                + "union all select 'NEGOTIATION', n.id, ts_rank(n.search_vector, q.ts, 32)::float8 "
                + "from negotiation n, q where n.search_vector @@ q.ts "
                + "union all select 'AGREEMENT', a.id, ts_rank(a.search_vector, q.ts, 32)::float8 "
                + "from agreement a, q where a.search_vector @@ q.ts "
                + "union all select 'EXCHANGE', x.id, ts_rank(x.search_vector, q.ts, 32)::float8 "
                + "from exchange x, q where x.search_vector @@ q.ts "
                + "union all select 'STATEMENT', s.id, ts_rank(s.search_vector, q.ts, 32)::float8 "
                + "from statement s, q where s.search_vector @@ q.ts"
                + ") hits order by score desc, type, id limit " + size;
    }
}
