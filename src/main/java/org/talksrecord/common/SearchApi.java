package org.talksrecord.common;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@GraphQLApi
public class SearchApi {

    static final int MAX_TEXT = 200;
    // Names and aliases match by substring or trigram word similarity; everything else by full-text rank.
    private static final String SEARCH = """
            with q as (select fold_text($1) as text, websearch_to_tsquery('simple', fold_text($1)) as ts)
            select type, id, score from (
              select 'PARTICIPANT' as type, p.id, (case when p.folded_names like '%' || fold_text($2) || '%' escape '\\'
                  then 1 else 0 end + word_similarity(q.text, p.folded_names))::float8 as score
                from participant p, q where p.folded_names like '%' || fold_text($2) || '%' escape '\\'
                  or q.text <% p.folded_names
              union all select 'NEGOTIATION', n.id, ts_rank(n.search_vector, q.ts, 32)::float8
                from negotiation n, q where n.search_vector @@ q.ts
              union all select 'AGREEMENT', a.id, ts_rank(a.search_vector, q.ts, 32)::float8
                from agreement a, q where a.search_vector @@ q.ts
              union all select 'EXCHANGE', x.id, ts_rank(x.search_vector, q.ts, 32)::float8
                from exchange x, q where x.search_vector @@ q.ts
              union all select 'STATEMENT', s.id, ts_rank(s.search_vector, q.ts, 32)::float8
                from statement s, q where s.search_vector @@ q.ts
            ) hits order by score desc, type, id limit $3""";

    private final Pool pool;
    private final Nodes nodes;

    public SearchApi(Pool pool, Nodes nodes) {
        this.pool = pool;
        this.nodes = nodes;
    }

    @Query
    @NonNull
    @Description("Ranked full-text search across participants (names and aliases), negotiations, agreements, "
            + "exchanges and statements.")
    public Uni<List<@NonNull SearchHit>> search(@NonNull String text, Integer first) {
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new BadUserInputException("text must be 1 to " + MAX_TEXT + " characters.", "text");
        }
        int limit = PageRequest.of(first, null).first();
        String escaped = Filter.escapeLike(text);
        return pool.preparedQuery(SEARCH).execute(Tuple.of(text, escaped, limit)).flatMap(rows -> {
            List<GlobalId> ids = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (Row row : rows) {
                ids.add(new GlobalId(NodeType.valueOf(row.getString("type")), row.getLong("id")));
                scores.add(row.getDouble("score"));
            }
            return nodes.load(ids).map(found -> {
                List<SearchHit> hits = new ArrayList<>(found.size());
                for (int i = 0; i < found.size(); i++) {
                    if (found.get(i) != null) {
                        hits.add(new SearchHit(scores.get(i), found.get(i)));
                    }
                }
                return hits;
            });
        });
    }
}
