package org.talksrecord.generative;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes generated values as GraphQL literals, sometimes as block strings or with non-ASCII escaped. */
final class Literals {

    private Literals() {
    }

    static String print(Object value, Random random) {
        StringBuilder out = new StringBuilder();
        print(value, random, out);
        return out.toString();
    }

    private static void print(Object value, Random random, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, random, out);
        } else if (value instanceof Values.EnumToken token) {
            out.append(token.name());
        } else if (value instanceof Values.VariableRef ref) {
            out.append('$').append(ref.name());
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger || value instanceof BigDecimal) {
            out.append(value);
        } else if (value instanceof Double number) {
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : random.nextInt(4) == 0 ? " " : ", ");
                first = false;
                out.append(entry.getKey()).append(": ");
                print(entry.getValue(), random, out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                print(list.get(i), random, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("No literal for " + value.getClass().getSimpleName());
        }
    }

    private static void string(String text, Random random, StringBuilder out) {
        if (random.nextInt(12) == 0 && blockable(text)) {
            out.append("\"\"\"").append(text).append("\"\"\"");
            return;
        }
        boolean escapeWide = random.nextInt(3) == 0;
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
                    if (c < 0x20 || c == 0x7f || lone || escapeWide && c > 0x7f && !Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Block strings keep their text as is only without quotes, backslashes, control or line characters. */
    private static boolean blockable(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= 0x20 && c != '"' && c != '\\' && c != 0x7f
                && c != 0x2028 && c != 0x2029 && !Character.isSurrogate((char) c)) && !text.isBlank()
                && text.strip().equals(text);
    }
}
