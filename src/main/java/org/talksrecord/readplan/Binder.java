package org.talksrecord.readplan;

import java.util.Map;

/** Turns a request's variables into one SQL parameter; throws {@link NotCompilable} for values plans leave alone. */
@FunctionalInterface
interface Binder {

    Object bind(Map<String, Object> variables);
}
