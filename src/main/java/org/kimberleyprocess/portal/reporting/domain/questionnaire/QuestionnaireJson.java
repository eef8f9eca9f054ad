package org.kimberleyprocess.portal.reporting.domain.questionnaire;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * The questionnaire's JSON form: how a version is kept, exported and imported, and how the standard questionnaire
 * ships. Texts are objects keyed by language code ({@code {"en": …, "fr": …}}); keys that do not apply are left out.
 */
public final class QuestionnaireJson {

    private QuestionnaireJson() {
    }

    /** Reads a questionnaire; a malformed file or a broken rule is refused with a translatable message. */
    public static Questionnaire read(String json) {
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BusinessException("reporting.questionnaire.error.json", shorten(e.getMessage()));
        }
        try {
            return new Questionnaire(text(root, "title"), list(root, "sections", QuestionnaireJson::section));
        } catch (ClassCastException | NullPointerException | ArithmeticException e) {
            throw new BusinessException("reporting.questionnaire.error.json", shorten(String.valueOf(e.getMessage())));
        }
    }

    /** Writes a questionnaire, indented, in the form {@link #read} takes. */
    public static String write(Questionnaire q) {
        JsonObjectBuilder root = Json.createObjectBuilder().add("title", text(q.title()));
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (Section s : q.sections()) {
            JsonArrayBuilder questions = Json.createArrayBuilder();
            s.questions().forEach(question -> questions.add(question(question)));
            sections.add(Json.createObjectBuilder().add("code", s.code()).add("title", text(s.title()))
                    .add("questions", questions));
        }
        root.add("sections", sections);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString().strip() + "\n";
    }

    private static Section section(JsonObject o) {
        return new Section(o.getString("code", null), text(o, "title"), list(o, "questions", QuestionnaireJson::question));
    }

    private static Question question(JsonObject o) {
        JsonObject condition = o.getJsonObject("condition");
        return new Question(o.getString("code", null), enumOf(Part.class, o.getString("part", null)),
                enumOf(QuestionType.class, o.getString("type", null)), o.getBoolean("required", false),
                text(o, "text"), text(o, "help"),
                condition == null ? null : new Condition(condition.getString("question", null),
                        condition.getString("equals", null)),
                list(o, "options", c -> new Choice(c.getString("code", null), text(c, "label"))),
                text(o, "unit"), number(o, "min"), number(o, "max"),
                list(o, "columns", c -> new TableColumn(c.getString("code", null),
                        enumOf(ColumnType.class, c.getString("type", null)), text(c, "label"))));
    }

    private static JsonObject question(Question q) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("code", q.code()).add("part", q.part().name())
                .add("type", q.type().name()).add("required", q.required()).add("text", text(q.text()));
        if (!q.help().isEmpty()) {
            o.add("help", text(q.help()));
        }
        if (q.condition() != null) {
            o.add("condition", Json.createObjectBuilder().add("question", q.condition().question())
                    .add("equals", q.condition().equals()));
        }
        if (!q.options().isEmpty()) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            q.options().forEach(c -> options.add(Json.createObjectBuilder().add("code", c.code())
                    .add("label", text(c.label()))));
            o.add("options", options);
        }
        if (!q.unit().isEmpty()) {
            o.add("unit", text(q.unit()));
        }
        if (q.min() != null) {
            o.add("min", q.min());
        }
        if (q.max() != null) {
            o.add("max", q.max());
        }
        if (!q.columns().isEmpty()) {
            JsonArrayBuilder columns = Json.createArrayBuilder();
            q.columns().forEach(c -> columns.add(Json.createObjectBuilder().add("code", c.code())
                    .add("type", c.type().name()).add("label", text(c.label()))));
            o.add("columns", columns);
        }
        return o.build();
    }

    private static LocalizedText text(JsonObject o, String key) {
        JsonObject t = o.getJsonObject(key);
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (t != null) {
            for (Map.Entry<String, JsonValue> e : t.entrySet()) {
                Language language = Language.fromCode(e.getKey()).orElseThrow(() ->
                        new BusinessException("reporting.questionnaire.error.json", "language " + e.getKey()));
                texts.put(language, ((jakarta.json.JsonString) e.getValue()).getString());
            }
        }
        return new LocalizedText(texts);
    }

    private static JsonObjectBuilder text(LocalizedText t) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        for (Language l : Language.values()) {
            String s = t.texts().get(l);
            if (s != null) {
                o.add(l.code(), s);
            }
        }
        return o;
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonObject, T> each) {
        JsonArray a = o.getJsonArray(key);
        return a == null ? List.of() : a.getValuesAs(JsonObject.class).stream().map(each).toList();
    }

    private static Long number(JsonObject o, String key) {
        JsonNumber n = o.getJsonNumber(key);
        return n == null ? null : n.longValueExact();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("reporting.questionnaire.error.json", value);
        }
    }

    private static String shorten(String message) {
        String m = message == null ? "" : message;
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
