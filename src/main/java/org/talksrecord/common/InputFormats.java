package org.talksrecord.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** What input values of the custom scalars look like, with the words that tell a client when they do not. */
public final class InputFormats {

    public static final String DATE_EXPECTED = "a date like 2025-05-23";
    public static final String DATE_TIME_EXPECTED = "a date and time with offset like 2025-05-16T10:30:00Z";

    private InputFormats() {
    }

    /** The date, or null when the text is not an ISO-8601 calendar date. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date-time, or null when the text is not an ISO-8601 date and time with offset. */
    public static OffsetDateTime dateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
