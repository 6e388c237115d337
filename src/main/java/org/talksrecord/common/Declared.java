package org.talksrecord.common;

/**
 * The body of a read field declared for the schema: SmallRye derives the field's name, arguments and type from
 * the method, and {@code readplan.ReadWiring} hands the field to the read plans, so the body never runs.
 */
public final class Declared {

    private Declared() {
    }

    public static <T> T answeredByReadPlans() {
        throw new IllegalStateException("This field is answered by the read plans, not by its declaration");
    }
}
