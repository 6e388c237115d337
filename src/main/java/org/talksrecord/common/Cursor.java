package org.talksrecord.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A position in one ordered list: the tag of the list and order, the sort value and the row's key. */
record Cursor(String tag, long id, String value) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 2048;

    String encode() {
        String text = tag + "\n" + id + "\n" + (value == null ? "~" : "=" + value);
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String raw, String expectedTag) {
        if (raw.length() > MAX_LENGTH) {
            throw invalid();
        }
        String[] parts;
        try {
            parts = new String(DECODER.decode(raw), StandardCharsets.UTF_8).split("\n", 3);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (parts.length != 3 || !parts[0].equals(expectedTag)
                || !(parts[2].equals("~") || parts[2].startsWith("="))) {
            throw invalid();
        }
        try {
            long id = Long.parseLong(parts[1]);
            return new Cursor(parts[0], id, parts[2].startsWith("=") ? parts[2].substring(1) : null);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    static BadUserInputException invalid() {
        return new BadUserInputException("after must be a cursor returned by this list in the same order.", "after");
    }
}
