package org.talksrecord.readplan;

/** A document, or a request's values, that compiled plans do not cover: the resolvers answer it instead. */
final class NotCompilable extends RuntimeException {

    NotCompilable(String reason) {
        super(reason, null, false, false);
    }
}
