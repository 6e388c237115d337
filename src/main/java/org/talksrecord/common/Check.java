package org.talksrecord.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Input validation: each failure names the offending input path, before anything is written. */
public final class Check {

    public static final int NAME_MAX = 300;
    public static final int TITLE_MAX = 500;
    public static final int SHORT_TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 20_000;
    public static final int URL_MAX = 2_000;
    public static final int LIST_MAX = 100;

    private Check() {
    }

    /** A required text: trimmed, not blank, at most {@code max} characters. */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new BadUserInputException(field + " must not be blank.", field);
        }
        return optional(value, field, max);
    }

    /** An optional text: trimmed, blank means absent, at most {@code max} characters. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new BadUserInputException(field + " must be at most " + max + " characters.", field);
        }
        return trimmed;
    }

    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new BadUserInputException(field + " must not be negative.", field);
        }
        return value;
    }

    public static Integer nonNegative(Integer value, String field) {
        return value == null ? null : nonNegative(value.intValue(), field);
    }

    /** An absolute http(s) URL. */
    public static String url(String value, String field) {
        String url = optional(value, field, URL_MAX);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new BadUserInputException(field + " must be an absolute http or https URL.", field);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new BadUserInputException(field + " must be an absolute http or https URL.", field);
        }
    }

    /** A well-formed BCP 47 language tag, returned in its canonical case (e.g. {@code en-GB}). */
    public static String language(String value, String field) {
        String tag = required(value, field, 35);
        Locale locale = Locale.forLanguageTag(tag);
        String canonical = locale.toLanguageTag();
        if (canonical.equals("und") || !canonical.equalsIgnoreCase(tag)) {
            throw new BadUserInputException(field + " must be a BCP 47 language tag such as en or uk.", field);
        }
        return canonical;
    }

    public static <T> List<T> atMost(List<T> list, String field, int max) {
        if (list == null) {
            return List.of();
        }
        if (list.size() > max) {
            throw new BadUserInputException(field + " must have at most " + max + " items.", field);
        }
        return list;
    }

    public static void distinct(List<String> ids, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new BadUserInputException(field + " lists the same ID twice.", field + "[" + i + "]");
            }
        }
    }
}
