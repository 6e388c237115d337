package floor;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** One root field, so that SmallRye GraphQL builds a schema and its endpoint at start. */
@GraphQLApi
public class VersionApi {

    @Query
    public String version() {
        return "floor";
    }
}
