package org.kimberleyprocess.portal.reporting.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two submissions of a report: the questions whose answer or KP-only mark differs. */
public final class RevisionDifferences {

    private RevisionDifferences() {
    }

    /** The codes of the questions answered differently (added, removed or changed), in the later order. */
    public static List<String> changed(String earlierAnswers, String laterAnswers) {
        Map<String, JsonObject> before = byQuestion(earlierAnswers);
        Map<String, JsonObject> after = byQuestion(laterAnswers);
        Set<String> codes = new LinkedHashSet<>(after.keySet());
        codes.addAll(before.keySet());
        return codes.stream().filter(c -> !Objects.equals(before.get(c), after.get(c))).toList();
    }

    private static Map<String, JsonObject> byQuestion(String answers) {
        Map<String, JsonObject> map = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(answers))) {
            for (JsonValue v : reader.readArray()) {
                map.put(v.asJsonObject().getString("question"), v.asJsonObject());
            }
        }
        return map;
    }
}
