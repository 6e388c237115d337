package org.talksrecord.support;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Test-only field that fails inside the database, to prove errors never leak SQL, tables or classes. */
@GraphQLApi
public class FailingApi {

    private final Pool pool;

    public FailingApi(Pool pool) {
        this.pool = pool;
    }

    @Query
    public Uni<String> failingLookup() {
        return pool.query("select secret from no_such_table").execute().map(rows -> "unreachable");
    }
}
