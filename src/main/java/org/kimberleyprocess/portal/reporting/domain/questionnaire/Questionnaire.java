package org.kimberleyprocess.portal.reporting.domain.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * The content of one version of the uniform questionnaire: a title and sections of questions. It checks itself
 * when made (codes unique and well formed; conditions refer to an earlier question and one of its answers) and
 * says which translations it still lacks; a version cannot be adopted until it lacks none.
 */
public record Questionnaire(LocalizedText title, List<Section> sections) {

    public Questionnaire {
        if (title == null || title.isEmpty()) {
            throw new BusinessException("reporting.questionnaire.error.title");
        }
        sections = sections == null ? List.of() : List.copyOf(sections);
        if (sections.stream().allMatch(s -> s.questions().isEmpty())) {
            throw new BusinessException("reporting.questionnaire.error.empty");
        }
        Map<String, Question> earlier = new HashMap<>();
        java.util.Set<String> sectionCodes = new java.util.HashSet<>();
        for (Section s : sections) {
            if (!sectionCodes.add(s.code())) {
                throw new BusinessException("reporting.questionnaire.error.duplicate", s.code());
            }
            for (Question q : s.questions()) {
                Condition c = q.condition();
                if (c != null && (c.question() == null || !earlier.containsKey(c.question())
                        || !earlier.get(c.question()).type().canBeConditionedOn()
                        || !earlier.get(c.question()).answersWith(c.equals()))) {
                    throw new BusinessException("reporting.questionnaire.error.condition", q.code());
                }
                if (earlier.put(q.code(), q) != null) {
                    throw new BusinessException("reporting.questionnaire.error.duplicate", q.code());
                }
            }
        }
    }

    /** Every question, in order. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /**
     * Whether a question applies given the answers so far (a code to its stored value): it has no condition, or
     * the question it depends on applies and its answer equals the condition's value.
     */
    public boolean applies(Question q, Function<String, String> answers) {
        Condition c = q.condition();
        if (c == null) {
            return true;
        }
        Question on = question(c.question()).orElseThrow();
        return applies(on, answers) && c.equals().equals(answers.apply(on.code()));
    }

    /** The same questionnaire with another title. */
    public Questionnaire withTitle(LocalizedText newTitle) {
        return new Questionnaire(newTitle, sections);
    }

    /** The same questionnaire with a section's title changed. */
    public Questionnaire withSectionTitle(String sectionCode, LocalizedText newTitle) {
        return new Questionnaire(title, sections.stream().map(s -> s.code().equals(sectionCode)
                ? new Section(s.code(), newTitle, s.questions()) : s).toList());
    }

    /** The same questionnaire with one question's texts and required flag changed. */
    public Questionnaire withTexts(String code, LocalizedText text, LocalizedText help, boolean required) {
        Question q = require(code);
        return replacing(code, List.of(q.withTexts(text, help, required)));
    }

    /**
     * The question moved one place up ({@code -1}) or down ({@code 1}) in its section; its code stays. Moving a
     * question before the one its condition tests is refused (a condition refers to an earlier question).
     */
    public Questionnaire moved(String code, int direction) {
        Question q = require(code);
        Section s = section(q.section());
        List<Question> list = new ArrayList<>(s.questions());
        int at = list.indexOf(q);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= list.size()) {
            throw new BusinessException("reporting.questionnaire.error.cannotMove", code);
        }
        list.remove(at);
        list.add(to, q);
        return new Questionnaire(title, sections.stream()
                .map(x -> x == s ? new Section(s.code(), s.title(), list) : x).toList());
    }

    /**
     * A new question at the end of a section's part, numbered after the part's highest number, with its English
     * text (the other languages are then missing translations).
     */
    public Questionnaire added(String sectionCode, Part part, QuestionType type, LocalizedText text) {
        Section s = section(sectionCode);
        if (part == null || type == null || !Question.addableInPortal(type)) {
            throw new BusinessException("reporting.questionnaire.error.type", sectionCode);
        }
        int next = s.questions().stream().filter(q -> q.part() == part)
                .mapToInt(q -> Integer.parseInt(q.code().substring(q.code().lastIndexOf('.') + 1))).max().orElse(0) + 1;
        Question q = new Question(sectionCode + "." + part.name() + "." + next, part, type, false, text, null, null,
                null, null, null, null, null);
        List<Question> list = new ArrayList<>(s.questions());
        list.add(q);
        return new Questionnaire(title, sections.stream()
                .map(x -> x == s ? new Section(s.code(), s.title(), list) : x).toList());
    }

    /** The questionnaire without a question; refused while another question's condition tests it. */
    public Questionnaire without(String code) {
        require(code);
        if (questions().stream().anyMatch(q -> q.condition() != null && code.equals(q.condition().question()))) {
            throw new BusinessException("reporting.questionnaire.error.conditionedOn", code);
        }
        return replacing(code, List.of());
    }

    private Questionnaire replacing(String code, List<Question> replacement) {
        return new Questionnaire(title, sections.stream().map(s -> new Section(s.code(), s.title(),
                s.questions().stream().flatMap(q -> q.code().equals(code) ? replacement.stream()
                        : java.util.stream.Stream.of(q)).toList())).toList());
    }

    private Question require(String code) {
        return question(code).orElseThrow(() -> new BusinessException("reporting.questionnaire.error.noQuestion",
                String.valueOf(code)));
    }

    private Section section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessException("reporting.questionnaire.error.section", String.valueOf(code)));
    }

    /** Every text that lacks a translation, in the questionnaire's order. */
    public List<MissingTranslation> missingTranslations() {
        List<MissingTranslation> missing = new ArrayList<>();
        note(missing, "", "title", title);
        for (Section s : sections) {
            note(missing, s.code(), "title", s.title());
            for (Question q : s.questions()) {
                note(missing, q.code(), "text", q.text());
                if (!q.help().isEmpty()) {
                    note(missing, q.code(), "help", q.help());
                }
                if (!q.unit().isEmpty()) {
                    note(missing, q.code(), "unit", q.unit());
                }
                q.options().forEach(o -> note(missing, q.code(), o.code(), o.label()));
                q.columns().forEach(c -> note(missing, q.code(), c.code(), c.label()));
            }
        }
        return missing;
    }

    private static void note(List<MissingTranslation> missing, String where, String what, LocalizedText text) {
        if (!text.missing().isEmpty()) {
            missing.add(new MissingTranslation(where, what, text.missing()));
        }
    }
}
