package org.kimberleyprocess.portal.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.LocalizedText;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Part;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionType;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireJson;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Section;

/** The questionnaire the portal ships: complete in five languages, the Scheme's sections, real questions. */
class StandardQuestionnaireTest {

    private final Questionnaire standard = QuestionnaireJson.read(StandardQuestionnaire.json());

    @Test
    void everyTextIsTranslatedSoItCanBeAdopted() {
        assertEquals(List.of(), standard.missingTranslations());
        QuestionnaireVersion v = new QuestionnaireVersion(1, standard, Instant.parse("2026-11-28T10:00:00Z"));
        v.adopt("AD 2004/1", LocalDate.of(2004, 10, 29), 2004);
        assertTrue(v.isAdopted());
    }

    @Test
    void itFollowsTheSchemesSectionsEachWithPartsAAndB() {
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI"), standard.sections().stream().map(Section::code).toList());
        for (Section s : standard.sections()) {
            assertEquals(Set.of(Part.A, Part.B), s.questions().stream().map(Question::part).collect(Collectors.toSet()),
                    s.code());
        }
        int count = standard.questions().size();
        assertTrue(count >= 38 && count <= 45, "questions: " + count);
        Map<QuestionType, Long> byType = standard.questions().stream()
                .collect(Collectors.groupingBy(Question::type, Collectors.counting()));
        assertEquals(Set.of(QuestionType.values()), byType.keySet(), byType.toString());
        assertTrue(standard.questions().stream().filter(q -> q.condition() != null).count() >= 3);
    }

    /** No language shows another's words: each translation differs from the English text it translates. */
    @Test
    void noTranslationIsACopyOfTheEnglish() {
        List<String> copies = new ArrayList<>();
        for (Question q : standard.questions()) {
            check(copies, q.code() + " text", q.text());
            check(copies, q.code() + " help", q.help());
            q.options().forEach(o -> check(copies, q.code() + " " + o.code(), o.label()));
            q.columns().forEach(c -> check(copies, q.code() + " " + c.code(), c.label()));
        }
        assertEquals(List.of(), copies);
    }

    @Test
    void russianTextsAreWrittenInCyrillic() {
        assertTrue(standard.questions().stream().allMatch(q -> q.text().in(Language.RU).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)));
    }

    private static void check(List<String> copies, String where, LocalizedText t) {
        String en = t.texts().get(Language.EN);
        for (Language l : List.of(Language.FR, Language.PT, Language.ES, Language.RU)) {
            if (en != null && en.length() > 12 && en.equals(t.texts().get(l))) {
                copies.add(where + " " + l.code());
            }
        }
    }
}
