package org.kimberleyprocess.portal.reporting.domain.questionnaire;

import java.util.List;
import java.util.regex.Pattern;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * One question of the questionnaire. Its code is stable across versions (section, part, number: {@code II.A.3});
 * options only for choice questions, columns only for tables, unit and range only for numbers.
 */
public record Question(String code, Part part, QuestionType type, boolean required, LocalizedText text,
                       LocalizedText help, Condition condition, List<Choice> options, LocalizedText unit, Long min,
                       Long max, List<TableColumn> columns) {

    /** Section, part, number: {@code II.A.3}. */
    public static final Pattern CODE = Pattern.compile("([IVX]+)\\.([AB])\\.([1-9][0-9]?)");
    public static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    public Question {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new BusinessException("reporting.questionnaire.error.code", String.valueOf(code));
        }
        if (type == null) {
            throw new BusinessException("reporting.questionnaire.error.type", code);
        }
        if (part == null || !code.split("\\.")[1].equals(part.name())) {
            throw new BusinessException("reporting.questionnaire.error.part", code);
        }
        if (text == null || text.isEmpty()) {
            throw new BusinessException("reporting.questionnaire.error.text", code);
        }
        help = help == null ? new LocalizedText(null) : help;
        unit = unit == null ? new LocalizedText(null) : unit;
        options = options == null ? List.of() : List.copyOf(options);
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (type.hasOptions() != options.size() >= 2 || (!type.hasOptions() && !options.isEmpty())
                || options.stream().map(Choice::code).distinct().count() != options.size()
                || options.stream().anyMatch(o -> o.code() == null || !ITEM_CODE.matcher(o.code()).matches()
                        || o.label() == null || o.label().isEmpty())) {
            throw new BusinessException("reporting.questionnaire.error.options", code);
        }
        if ((type == QuestionType.TABLE) == columns.isEmpty()
                || columns.stream().map(TableColumn::code).distinct().count() != columns.size()
                || columns.stream().anyMatch(c -> c.code() == null || !ITEM_CODE.matcher(c.code()).matches()
                        || c.type() == null || c.label() == null || c.label().isEmpty())) {
            throw new BusinessException("reporting.questionnaire.error.columns", code);
        }
        if (type != QuestionType.NUMBER && (min != null || max != null || !unit.isEmpty())
                || min != null && max != null && min > max) {
            throw new BusinessException("reporting.questionnaire.error.range", code);
        }
    }

    /** The same question with new texts and required flag (its code, type and what it offers stay). */
    public Question withTexts(LocalizedText newText, LocalizedText newHelp, boolean isRequired) {
        return new Question(code, part, type, isRequired, newText, newHelp, condition, options, unit, min, max,
                columns);
    }

    /** The types a question can be added with in the portal (the others need options or columns: by JSON). */
    public static boolean addableInPortal(QuestionType type) {
        return type == QuestionType.LONG_TEXT || type == QuestionType.YES_NO || type == QuestionType.NUMBER
                || type == QuestionType.DATE || type == QuestionType.FILE;
    }

    /** The section's code: {@code II} for {@code II.A.3}. */
    public String section() {
        return code.substring(0, code.indexOf('.'));
    }

    /** Whether a value is one of this question's answers that a condition can test. */
    boolean answersWith(String value) {
        return switch (type) {
            case YES_NO -> "YES".equals(value) || "NO".equals(value);
            case SINGLE_CHOICE -> options.stream().anyMatch(o -> o.code().equals(value));
            default -> false;
        };
    }
}
