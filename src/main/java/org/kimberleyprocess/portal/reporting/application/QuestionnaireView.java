package org.kimberleyprocess.portal.reporting.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.ColumnType;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Condition;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.LocalizedText;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Part;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionType;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;

/**
 * A questionnaire version as a reader sees it in one language: which version, adopted by which decision, for which
 * reporting years; its sections and questions (texts in that language; absent fields do not apply).
 */
public record QuestionnaireView(int version, String decisionReference, LocalDate adoptedOn, Integer firstYear,
                                Integer lastYear, String language, String title, List<SectionView> sections) {

    public record SectionView(String code, String title, List<QuestionView> questions) {
    }

    public record QuestionView(String code, Part part, QuestionType type, boolean required, Condition condition,
                               String text, String help, List<OptionView> options, String unit, Long min, Long max,
                               List<ColumnView> columns) {
    }

    public record OptionView(String code, String label) {
    }

    public record ColumnView(String code, ColumnType type, String label) {
    }

    static QuestionnaireView of(QuestionnaireVersion v, Integer lastYear, Language l) {
        var content = v.content();
        return new QuestionnaireView(v.getNumber(), v.getDecisionReference().orElse(null),
                v.getAdoptedOn().orElse(null), v.getFirstYear().orElse(null), lastYear, l.code(),
                content.title().in(l),
                content.sections().stream().map(s -> new SectionView(s.code(), s.title().in(l),
                        s.questions().stream().map(q -> question(q, l)).toList())).toList());
    }

    private static QuestionView question(Question q, Language l) {
        return new QuestionView(q.code(), q.part(), q.type(), q.required(), q.condition(), q.text().in(l),
                orNull(q.help(), l),
                q.options().isEmpty() ? null
                        : q.options().stream().map(o -> new OptionView(o.code(), o.label().in(l))).toList(),
                orNull(q.unit(), l), q.min(), q.max(),
                q.columns().isEmpty() ? null
                        : q.columns().stream().map(c -> new ColumnView(c.code(), c.type(), c.label().in(l))).toList());
    }

    private static String orNull(LocalizedText t, Language l) {
        return t.isEmpty() ? null : t.in(l);
    }
}
