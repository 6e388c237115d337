package org.talksrecord.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque, globally unique IDs: base64url of {@code Type:key}. Clients must treat them as opaque strings.
 */
public record GlobalId(NodeType type, long key) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 64;

    public static String encode(NodeType type, long key) {
        return ENCODER.encodeToString((type.typeName() + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Parses any well-formed ID; a malformed one is the caller's mistake, reported against {@code field}. */
    public static GlobalId parse(String raw, String field) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH) {
            throw malformed(field);
        }
        String decoded;
        try {
            decoded = new String(DECODER.decode(raw), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(field);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw malformed(field);
        }
        NodeType type = NodeType.byTypeName(decoded.substring(0, colon)).orElseThrow(() -> malformed(field));
        String digits = decoded.substring(colon + 1);
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            throw malformed(field);
        }
        long key = Long.parseLong(digits);
        if (key <= 0 || !encode(type, key).equals(raw)) {
            throw malformed(field);
        }
        return new GlobalId(type, key);
    }

    /** The key of a well-formed ID of the expected type, or null when it names another type. */
    public static Long keyOf(String raw, NodeType expected, String field) {
        GlobalId id = parse(raw, field);
        return id.type() == expected ? id.key() : null;
    }

    /** Like {@link #keyOf} for optional inputs: null stays null. */
    public static Long optionalKeyOf(String raw, NodeType expected, String field) {
        return raw == null ? null : keyOf(raw, expected, field);
    }

    private static BadUserInputException malformed(String field) {
        return new BadUserInputException("Malformed ID: IDs must be passed exactly as the API returned them.", field);
    }
}
