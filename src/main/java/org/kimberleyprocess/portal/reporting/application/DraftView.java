package org.kimberleyprocess.portal.reporting.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.LocalizedText;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.MissingTranslation;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Part;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionType;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.VersionStatus;

/**
 * A questionnaire version with its texts in every language, for the Secretariat's authoring page: what each text
 * says in each language (empty where a translation is missing) and the list of what is missing.
 */
public record DraftView(int number, VersionStatus status, Map<Language, String> title, List<DraftSection> sections,
                        List<MissingTranslation> missing) {

    public record DraftSection(String code, Map<Language, String> title, List<DraftQuestion> questions) {
    }

    /** A question: its texts per language; {@code condition} names the question and answer it depends on. */
    public record DraftQuestion(String code, Part part, QuestionType type, boolean required, Map<Language, String> text,
                                Map<Language, String> help, String condition, List<String> conditionedBy) {
    }

    static DraftView of(QuestionnaireVersion v) {
        Questionnaire q = v.content();
        return new DraftView(v.getNumber(), v.getStatus(), texts(q.title()), q.sections().stream()
                .map(s -> new DraftSection(s.code(), texts(s.title()), s.questions().stream()
                        .map(x -> new DraftQuestion(x.code(), x.part(), x.type(), x.required(), texts(x.text()),
                                texts(x.help()), x.condition() == null ? null
                                        : x.condition().question() + " = " + x.condition().equals(),
                                q.questions().stream().filter(o -> o.condition() != null
                                        && o.condition().question().equals(x.code())).map(o -> o.code()).toList()))
                        .toList()))
                .toList(), q.missingTranslations());
    }

    /** Every language, with the text or an empty string where it is missing (a form edits all five). */
    private static Map<Language, String> texts(LocalizedText text) {
        Map<Language, String> all = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            all.put(l, text.texts().getOrDefault(l, ""));
        }
        return all;
    }
}
