package org.kimberleyprocess.portal.reporting.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.reporting.application.AnswerView;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireView.QuestionView;

/**
 * One question of the report form with its stored answer, ready for the page: the text of a simple answer, the
 * options chosen, a table's rows, a file's name; its version (what the next save names) and its problem, if any.
 */
public record FieldView(QuestionView question, String domId, String text, Set<String> chosen,
                        List<Map<String, String>> rows, String fileName, boolean kpOnly, long version,
                        String problem) {

    static FieldView of(QuestionView q, AnswerView a) {
        JsonValue v = a == null ? JsonValue.NULL : a.value();
        String text = v instanceof JsonString s ? s.getString() : v instanceof JsonNumber n ? n.toString() : "";
        Set<String> chosen = v instanceof JsonArray arr ? arr.stream().filter(x -> x instanceof JsonString)
                .map(x -> ((JsonString) x).getString()).collect(Collectors.toSet())
                : v instanceof JsonString s ? Set.of(s.getString()) : Set.of();
        List<Map<String, String>> rows = new ArrayList<>();
        if (v instanceof JsonArray arr) {
            for (JsonValue row : arr) {
                if (row instanceof JsonObject o) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    o.forEach((k, cell) -> cells.put(k, cell instanceof JsonString s ? s.getString()
                            : cell.getValueType() == JsonValue.ValueType.NULL ? "" : cell.toString()));
                    rows.add(cells);
                }
            }
        }
        String fileName = v instanceof JsonObject o && o.containsKey("name") ? o.getString("name", "") : null;
        return new FieldView(q, "q-" + q.code().replace('.', '-'), text, chosen, rows, fileName,
                a != null && a.kpOnly(), a == null ? 0 : a.version(), a == null ? null : a.problem());
    }

    /** Whether an option is among those chosen. */
    public boolean isChosen(String code) {
        return chosen.contains(code);
    }
}
