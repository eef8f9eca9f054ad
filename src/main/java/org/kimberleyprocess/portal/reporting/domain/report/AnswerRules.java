package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.TableColumn;

/**
 * What an answer may hold, question type by question type. A value of the wrong shape (an object for a text, a
 * number for a yes/no) is refused and nothing is stored. A value of the right shape that breaks the question's
 * rule (a number out of range, "12,5" typed into a number, an unknown option) is kept as typed and marked with
 * the problem, so that nothing a person typed is lost; a report with such an answer cannot be submitted.
 */
public final class AnswerRules {

    /** The longest text answer, and the longest stored value of any answer. */
    public static final int TEXT_LENGTH = 20_000;
    public static final int VALUE_LENGTH = 100_000;
    public static final int MAX_ROWS = 200;

    private AnswerRules() {
    }

    /** Whether a value counts as no answer (absent, null, blank text, empty list). */
    public static boolean isEmpty(JsonValue v) {
        return v == null || v.getValueType() == JsonValue.ValueType.NULL
                || v instanceof JsonString s && s.getString().isBlank()
                || v instanceof JsonArray a && a.isEmpty();
    }

    /**
     * The problem with a value of the right shape (a message key), or empty when it is fine. Throws a
     * {@link BusinessException} for a value of the wrong shape.
     */
    public static Optional<String> problem(Question q, JsonValue v) {
        if (isEmpty(v)) {
            return Optional.empty();
        }
        return switch (q.type()) {
            case LONG_TEXT -> text(v).length() > TEXT_LENGTH ? Optional.of("reporting.answer.error.tooLong")
                    : Optional.empty();
            case YES_NO -> "YES".equals(text(v)) || "NO".equals(text(v)) ? Optional.empty()
                    : Optional.of("reporting.answer.error.option");
            case SINGLE_CHOICE -> isOption(q, text(v)) ? Optional.empty() : Optional.of("reporting.answer.error.option");
            case MULTIPLE_CHOICE -> list(v).stream().allMatch(x -> x instanceof JsonString s && isOption(q, s.getString()))
                    ? Optional.empty() : Optional.of("reporting.answer.error.option");
            case NUMBER -> number(q.min(), q.max(), v);
            case DATE -> date(text(v));
            case TABLE -> table(q, list(v));
            case FILE -> {
                if (!(v instanceof JsonObject o) || !(o.get("document") instanceof JsonString)) {
                    throw shape();
                }
                yield Optional.empty();
            }
        };
    }

    private static boolean isOption(Question q, String code) {
        return q.options().stream().anyMatch(o -> o.code().equals(code));
    }

    private static String text(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw shape();
    }

    private static JsonArray list(JsonValue v) {
        if (v instanceof JsonArray a) {
            return a;
        }
        throw shape();
    }

    private static Optional<String> number(Long min, Long max, JsonValue v) {
        BigDecimal n;
        if (v instanceof JsonNumber j) {
            n = j.bigDecimalValue();
        } else {
            try {
                n = new BigDecimal(text(v).strip());
            } catch (NumberFormatException e) {
                return Optional.of("reporting.answer.error.number");
            }
        }
        if (min != null && n.compareTo(BigDecimal.valueOf(min)) < 0
                || max != null && n.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Optional.of("reporting.answer.error.range");
        }
        return Optional.empty();
    }

    private static Optional<String> date(String s) {
        try {
            LocalDate.parse(s.strip());
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("reporting.answer.error.date");
        }
    }

    private static Optional<String> table(Question q, JsonArray rows) {
        if (rows.size() > MAX_ROWS) {
            throw new InvalidAnswerException("reporting.answer.error.rows", MAX_ROWS);
        }
        Optional<String> problem = Optional.empty();
        for (JsonValue row : rows) {
            if (!(row instanceof JsonObject cells)) {
                throw shape();
            }
            for (Map.Entry<String, JsonValue> cell : cells.entrySet()) {
                TableColumn column = q.columns().stream().filter(c -> c.code().equals(cell.getKey())).findFirst()
                        .orElseThrow(AnswerRules::shape);
                JsonValue value = cell.getValue();
                if (isEmpty(value)) {
                    continue;
                }
                Optional<String> p = switch (column.type()) {
                    case TEXT -> text(value).length() > TEXT_LENGTH ? Optional.of("reporting.answer.error.tooLong")
                            : Optional.<String>empty();
                    case NUMBER -> number(null, null, value);
                    case DATE -> date(text(value));
                    case YES_NO -> "YES".equals(text(value)) || "NO".equals(text(value)) ? Optional.<String>empty()
                            : Optional.of("reporting.answer.error.option");
                };
                if (problem.isEmpty()) {
                    problem = p;
                }
            }
        }
        return problem;
    }

    private static InvalidAnswerException shape() {
        return new InvalidAnswerException("reporting.answer.error.shape");
    }
}
