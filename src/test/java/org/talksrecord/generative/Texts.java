package org.talksrecord.generative;

import java.util.List;
import java.util.Random;

/** Strings a client may send: ordinary, hostile-looking but harmless, and ones a service may refuse. */
final class Texts {

    /** Every one is a valid GraphQL string the service must store or search for without failing. */
    static final List<String> ORDINARY = List.of(
            "Zelensky", "Зеленський", "zelenskyy", "Istanbul", "Türkiye", "a", "", " ", "  padded  ",
            "'; drop table participant; --", "1' or '1'='1", "%", "_", "%_\\", "\"quoted\"", "back\\slash",
            "line\nbreak", "tab\tbed", "carriage\rreturn", "e\u0301", "a\u0300\u0301\u0302\u0303\u0304",
            "\u202Eevil right-to-left", "\u200Fمرحبا بالعالم", "שלום", "👩‍👩‍👧 family", "🇺🇦", "😀😀😀",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uFEFFbom", "zero\u200Bwidth", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "{{7*7}}", "#{7*7}", "Ω≈ç√∫", "null", "undefined", "NaN", "-1", "1e400", "2025-05-23",
            "\"exact phrase\" or -word", "&|!():*", "a & b | !c", "<->", "'", "''", "\\", "\\\\",
            "ÅåÄäÖö", "İstanbul", "ß", "ǅ", "ﬁ", "Ａｂｃ", "ŉ", "\u00A0non-breaking", "日本語テキスト",
            "한국어", "ไทย", "हिन्दी", "\u0301leading combining mark", "x\u034F\u034F", "a\u2028b\u2029c");

    private static final String ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_,;:!?'\"()[]{}<>/\\|+=*&^%$#@~`";
    private static final String WIDE = "ёжзиклмнопрстуфхцчшщъыьэюяЁЖЗІЇЄҐαβγδεζηθλμξπστφψωΩ中文字日本語가나다ةبتثجحخدذرزسشص";
    private static final String MARKS = "\u0300\u0301\u0302\u0303\u0308\u0327\u0336\u20DD\u200D\u200C\u202B\u202C\u202E";

    private Texts() {
    }

    /** A random valid string of up to {@code max} characters, mixing scripts, marks and emoji. */
    static String ordinary(Random random, int max) {
        if (random.nextInt(3) == 0) {
            return ORDINARY.get(random.nextInt(ORDINARY.size()));
        }
        int length = random.nextInt(max + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int pick = random.nextInt(20);
            if (pick < 12) {
                text.append(ASCII.charAt(random.nextInt(ASCII.length())));
            } else if (pick < 16) {
                text.append(WIDE.charAt(random.nextInt(WIDE.length())));
            } else if (pick < 18) {
                text.append(MARKS.charAt(random.nextInt(MARKS.length())));
            } else {
                text.appendCodePoint(0x1F600 + random.nextInt(80));
            }
        }
        return Leaks.harmless(text.toString());
    }

    /** Valid GraphQL strings the service may refuse: NUL, lone surrogates, other control characters. */
    static Tag odd(Random random, StringBuilder into) {
        String base = ordinary(random, 12);
        int at = base.isEmpty() ? 0 : random.nextInt(base.length() + 1);
        return switch (random.nextInt(6)) {
            case 0 -> insert(into, base, at, "\u0000", "String with NUL");
            case 1 -> insert(into, base, at, "\uD800", "String with a lone high surrogate");
            case 2 -> insert(into, base, at, "\uDFFF", "String with a lone low surrogate");
            case 3 -> insert(into, base, at, "\uDC00\uD800", "String with reversed surrogates");
            case 4 -> insert(into, base, at, "\u0001\u0007\u001B\u007F", "String with control characters");
            default -> insert(into, base, at, "\uFFFF\uFFFE", "String with noncharacters");
        };
    }

    private static Tag insert(StringBuilder into, String base, int at, String odd, String kind) {
        into.append(base, 0, at).append(odd).append(base, at, base.length());
        return new Tag(Validity.DUBIOUS, kind, "");
    }

    /** A long string of mostly ASCII (each other character costs six bytes once escaped in JSON). */
    static String huge(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        String unit = random.nextBoolean() ? "x" : ordinary(random, 40).replaceAll("[^ -~]", "") + " ";
        if (unit.isBlank()) {
            unit = "word ";
        }
        while (text.length() < length) {
            text.append(unit);
            if (random.nextInt(500) == 0) {
                text.append("é😀");
            }
        }
        text.setLength(length);
        if (Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, 'x');
        }
        // two units cover every place a leak could form, and cost far less to scan than the whole
        return Leaks.find(unit + unit).isPresent() ? "x".repeat(length) : text.toString();
    }
}
