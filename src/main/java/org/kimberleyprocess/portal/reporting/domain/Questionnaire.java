package org.kimberleyprocess.portal.reporting.domain;

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
