package org.talksrecord.generative;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Bodies over the 100 KiB limit, padded where a careless server might read them anyway. */
final class Oversized {

    private Oversized() {
    }

    static byte[] pad(String document, Map<String, Object> variables, String operationName, Random random) {
        int target = CaseGenerator.BODY_LIMIT + 8_000 + random.nextInt(150_000);
        String padding = "x".repeat(target);
        return switch (random.nextInt(4)) {
            case 0 -> {
                Map<String, Object> padded = new LinkedHashMap<>(variables);
                padded.put("padding", padding);
                yield CaseGenerator.body(document, padded, operationName, random);
            }
            case 1 -> CaseGenerator.body("# " + padding + "\n" + document, variables, operationName, random);
            case 2 -> {
                String json = new String(CaseGenerator.body(document, variables, operationName, random),
                        StandardCharsets.UTF_8);
                yield (json.substring(0, json.length() - 1) + ",\"extensions\":{\"padding\":\"" + padding + "\"}}")
                        .getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String json = new String(CaseGenerator.body(document, variables, operationName, random),
                        StandardCharsets.UTF_8);
                yield (json + " ".repeat(target)).getBytes(StandardCharsets.UTF_8);
            }
        };
    }
}
