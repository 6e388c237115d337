package org.talksrecord.readplan;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.talksrecord.common.BadUserInputException;

/** Reads the cursors {@link Formats#cursor} writes: the list's tag, the row's key and its sort value. */
final class Cursors {

    /** A position in one ordered list; {@code value} is null for rows whose sort column is null. */
    record Position(Object value, long key) {
    }

    private static final int MAX_LENGTH = 2048;

    private Cursors() {
    }

    static Position decode(String raw, String expectedTag, SortKey order) {
        if (raw.length() > MAX_LENGTH) {
            throw invalid();
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8).split("\n", 3);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (parts.length != 3 || !parts[0].equals(expectedTag)) {
            throw invalid();
        }
        try {
            long key = Long.parseLong(parts[1]);
            if (parts[2].equals("~")) {
                return new Position(null, key);
            }
            if (!parts[2].startsWith("=")) {
                throw invalid();
            }
            return new Position(order.parse(parts[2].substring(1)), key);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static BadUserInputException invalid() {
        return new BadUserInputException("after must be a cursor returned by this list in the same order.", "after");
    }
}
