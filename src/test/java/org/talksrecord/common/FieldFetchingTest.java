package org.talksrecord.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;

/** The served schema resolves fields through the lean fetchers, which the benchmark depends on. */
@QuarkusTest
class FieldFetchingTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void plainFieldsAreReadDirectly() {
        assertInstanceOf(PropertyDataFetcher.class, fetcher("Negotiation", "title"));
        assertInstanceOf(PropertyDataFetcher.class, fetcher("Negotiation", "status"));
        assertInstanceOf(PropertyDataFetcher.class, fetcher("Participant", "id"));
        assertInstanceOf(PropertyDataFetcher.class, fetcher("NegotiationParty", "participant"));
    }

    @Test
    void dateTimesKeepSmallRyesFormatting() {
        assertInstanceOf(FieldDataFetcher.class, fetcher("Negotiation", "startsAt"));
    }

    @Test
    void batchFieldsGoStraightToTheirLoader() {
        assertFalse(fetcher("Negotiation", "parties") instanceof BatchDataFetcher);
        assertFalse(fetcher("Participant", "statements") instanceof BatchDataFetcher);
        assertFalse(fetcher("StatementConnection", "totalCount") instanceof BatchDataFetcher);
    }

    private DataFetcher<?> fetcher(String type, String field) {
        GraphQLObjectType object = schema.getObjectType(type);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field),
                object.getFieldDefinition(field));
    }
}
