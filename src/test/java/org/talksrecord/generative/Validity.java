package org.talksrecord.generative;

/** What the generator knows about a value, a document or a whole request; later constants are worse. */
enum Validity {
    /** Valid GraphQL and sensible for the service: it must run, never be refused as a request error. */
    CLEAN,
    /** Valid GraphQL the service may still refuse in its own words (a malformed ID, a NUL, a huge string). */
    DUBIOUS,
    /** Not valid GraphQL (wrong type, malformed Date, unknown field): refused before any resolver runs. */
    INVALID;

    Validity and(Validity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
