package org.talksrecord.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;

/** Compares a served schema with the public contract using graphql-java's schema diff. */
final class ContractCheck {

    private ContractCheck() {
    }

    static String contract() {
        try (InputStream in = ContractCheck.class.getResourceAsStream("/contract/schema.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every change in {@code served} that breaks a client written against {@code contract}. */
    static List<String> breakingChanges(String contract, String served) {
        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(contract, served), reporter);
        return reporter.getBreakages().stream().map(ContractCheck::describe).toList();
    }

    private static String describe(DiffEvent event) {
        return event.getCategory() + " " + event.getTypeName()
                + (event.getFieldName() == null ? "" : "." + event.getFieldName()) + ": " + event.getReasonMsg();
    }
}
