package org.talksrecord.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import org.talksrecord.common.ErrorShaping;

import io.vertx.pgclient.PgException;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;

/** A write that loses a race below the version check still answers CONFLICT, never an internal error. */
class LostRaceShapingTest {

    private static GraphQLError shaped(Throwable failure) {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult()
                .addError(new ExceptionWhileDataFetching(ResultPath.rootPath().segment("updateParticipant"),
                        new RuntimeException(failure), new SourceLocation(1, 1)))
                .build();
        return new ErrorShaping().instrumentExecutionResult(result, null, null).join().getErrors().get(0);
    }

    @Test
    void staleVersionsDeadlocksAndSerializationFailuresAreConflicts() {
        for (Throwable failure : List.of(new StaleObjectStateException("Participant", 7L),
                new OptimisticLockException("Row was updated or deleted by another transaction"),
                new PgException("deadlock detected", "ERROR", "40P01", null),
                new PgException("could not serialize access", "ERROR", "40001", null))) {
            GraphQLError error = shaped(failure);
            assertEquals(Map.of("code", "CONFLICT"), error.getExtensions(), failure.toString());
            assertEquals("Another write changed the record at the same time; nothing was changed. Read it again "
                    + "and retry.", error.getMessage());
        }
    }

    @Test
    void otherDatabaseFailuresStayInternal() {
        GraphQLError error = shaped(new PgException("division by zero", "ERROR", "22012", null));
        assertEquals(Map.of("code", "INTERNAL_SERVER_ERROR"), error.getExtensions());
    }
}
