package org.talksrecord.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** The sources of many records of one type in one statement, each record's in its own order. */
@ApplicationScoped
public class SourceQueries {

    public enum Owner {
        NEGOTIATION("negotiation_id"), AGREEMENT("agreement_id"), EXCHANGE("exchange_id"), STATEMENT("statement_id");

        private final String sql;

        Owner(String column) {
            this.sql = "select " + column + " as owner, url, title, publisher, published_on from source where "
                    + column + " = any($1) order by " + column + ", position";
        }
    }

    private final Pool pool;

    public SourceQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<List<SourceView>>> of(Owner owner, List<Long> keys) {
        return Batches.loadGroups(pool, owner.sql, keys, "owner",
                row -> new SourceView(row.getString("url"), row.getString("title"),
                        row.getString("publisher"), row.getLocalDate("published_on")));
    }
}
