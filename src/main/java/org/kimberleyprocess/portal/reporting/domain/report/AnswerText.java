package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;

/** An answer written out as a reader reads it: options by their labels, tables row by row, files by name. */
public final class AnswerText {

    private AnswerText() {
    }

    public static String of(Question q, JsonValue v, Language language) {
        if (AnswerRules.isEmpty(v)) {
            return "";
        }
        return switch (q.type()) {
            case YES_NO -> v instanceof JsonString s ? Messages.text(language,
                    "YES".equals(s.getString()) ? "reporting.answer.yes" : "reporting.answer.no") : v.toString();
            case SINGLE_CHOICE -> label(q, v, language);
            case MULTIPLE_CHOICE -> v instanceof JsonArray a
                    ? a.stream().map(x -> label(q, x, language)).collect(Collectors.joining("; ")) : v.toString();
            case TABLE -> v instanceof JsonArray rows ? rows.stream().filter(r -> r instanceof JsonObject)
                    .map(r -> q.columns().stream().map(c -> plain(((JsonObject) r).get(c.code())))
                            .collect(Collectors.joining("; ")))
                    .collect(Collectors.joining(" | ")) : v.toString();
            case FILE -> v instanceof JsonObject o ? o.getString("name", "") : v.toString();
            default -> plain(v);
        };
    }

    private static String label(Question q, JsonValue v, Language language) {
        String code = plain(v);
        return q.options().stream().filter(o -> o.code().equals(code)).findFirst().map(o -> o.label().in(language))
                .orElse(code);
    }

    private static String plain(JsonValue v) {
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? ""
                : v instanceof JsonString s ? s.getString() : v.toString();
    }
}
