package org.kimberleyprocess.portal.reporting.domain.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;

public class QuestionnaireTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    public static LocalizedText all(String en) {
        return new LocalizedText(Map.of(Language.EN, en, Language.FR, "fr " + en, Language.PT, "pt " + en,
                Language.ES, "es " + en, Language.RU, "ru " + en));
    }

    public static Question yesNo(String code) {
        return new Question(code, Part.valueOf(code.split("\\.")[1]), QuestionType.YES_NO, true, all(code), null,
                null, null, null, null, null, null);
    }

    public static Question text(String code, Condition condition) {
        return new Question(code, Part.valueOf(code.split("\\.")[1]), QuestionType.LONG_TEXT, true, all(code), null,
                condition, null, null, null, null, null);
    }

    public static Questionnaire small() {
        return new Questionnaire(all("Annual report"), List.of(new Section("III", all("Trade"), List.of(
                yesNo("III.B.1"), text("III.B.2", new Condition("III.B.1", "YES"))))));
    }

    private static String key(Runnable r) {
        return assertThrows(BusinessException.class, r::run).getMessageKey();
    }

    @Test
    void aConditionalQuestionAppliesOnlyWhenTheEarlierAnswerMatches() {
        Questionnaire q = small();
        Question followUp = q.question("III.B.2").orElseThrow();
        assertTrue(q.applies(followUp, code -> "YES"));
        assertFalse(q.applies(followUp, code -> "NO"));
        assertFalse(q.applies(followUp, code -> null));
    }

    @Test
    void aConditionMustNameAnEarlierQuestionAndOneOfItsAnswers() {
        assertEquals("reporting.questionnaire.error.condition", key(() -> new Questionnaire(all("t"),
                List.of(new Section("III", all("s"), List.of(text("III.B.2", new Condition("III.B.1", "YES")),
                        yesNo("III.B.1")))))));
        assertEquals("reporting.questionnaire.error.condition", key(() -> new Questionnaire(all("t"),
                List.of(new Section("III", all("s"), List.of(yesNo("III.B.1"),
                        text("III.B.2", new Condition("III.B.1", "MAYBE"))))))));
    }

    @Test
    void codesAreWellFormedUniqueAndInTheirSection() {
        assertEquals("reporting.questionnaire.error.code", key(() -> yesNo("3.B.1")));
        assertEquals("reporting.questionnaire.error.duplicate", key(() -> new Questionnaire(all("t"),
                List.of(new Section("III", all("s"), List.of(yesNo("III.B.1"), yesNo("III.B.1")))))));
        assertEquals("reporting.questionnaire.error.misplaced",
                key(() -> new Section("II", all("s"), List.of(yesNo("III.B.1")))));
    }

    @Test
    void optionsColumnsAndRangesBelongToTheirTypes() {
        assertEquals("reporting.questionnaire.error.options", key(() -> new Question("II.A.1", Part.A,
                QuestionType.SINGLE_CHOICE, true, all("q"), null, null,
                List.of(new Choice("ONE", all("one"))), null, null, null, null)));
        assertEquals("reporting.questionnaire.error.columns", key(() -> new Question("II.A.1", Part.A,
                QuestionType.TABLE, true, all("q"), null, null, null, null, null, null, null)));
        assertEquals("reporting.questionnaire.error.range", key(() -> new Question("II.B.1", Part.B,
                QuestionType.NUMBER, true, all("q"), null, null, null, null, 10L, 1L, null)));
        assertEquals("reporting.questionnaire.error.range", key(() -> new Question("II.B.1", Part.B,
                QuestionType.LONG_TEXT, true, all("q"), null, null, null, all("carats"), null, null, null)));
    }

    @Test
    void missingTranslationsAreListedAndBlockAdoption() {
        Question untranslated = new Question("II.A.1", Part.A, QuestionType.LONG_TEXT, true,
                new LocalizedText(Map.of(Language.EN, "Who issues certificates?", Language.FR, " ")), null, null,
                null, null, null, null, null);
        Questionnaire q = new Questionnaire(all("t"), List.of(new Section("II", all("s"), List.of(untranslated))));
        assertEquals(List.of(new MissingTranslation("II.A.1", "text",
                EnumSet.of(Language.FR, Language.PT, Language.ES, Language.RU))), q.missingTranslations());
        assertEquals("Who issues certificates?", q.question("II.A.1").orElseThrow().text().in(Language.RU));
        QuestionnaireVersion draft = new QuestionnaireVersion(1, q, NOW);
        assertEquals("reporting.questionnaire.error.untranslated",
                key(() -> draft.adopt("AD 2004/1", LocalDate.of(2004, 10, 29), 2004)));
        assertFalse(draft.isAdopted());
    }

    @Test
    void anAdoptedVersionNeverChanges() {
        QuestionnaireVersion v = new QuestionnaireVersion(1, small(), NOW);
        assertEquals("reporting.questionnaire.error.decision", key(() -> v.adopt(" ", LocalDate.of(2004, 1, 1), 2004)));
        assertEquals("reporting.questionnaire.error.firstYear",
                key(() -> v.adopt("AD 2004/1", LocalDate.of(2004, 10, 29), 2002)));
        v.adopt("AD 2004/1", LocalDate.of(2004, 10, 29), 2004);
        assertTrue(v.isAdopted());
        assertEquals("reporting.questionnaire.error.adopted", key(() -> v.revise(small())));
        assertEquals("reporting.questionnaire.error.adopted",
                key(() -> v.adopt("AD 2005/1", LocalDate.of(2005, 10, 29), 2005)));
        assertEquals(QuestionnaireJson.write(small()), v.definition());
    }

    @Test
    void theJsonFormKeepsEverything() {
        Question number = new Question("II.B.1", Part.B, QuestionType.NUMBER, true, all("Certificates issued"),
                all("Count each certificate once."), null, null, all("certificates"), 0L, 1_000_000L, null);
        Question table = new Question("I.A.2", Part.A, QuestionType.TABLE, false, all("Laws"), null, null, null,
                null, null, null, List.of(new TableColumn("title", ColumnType.TEXT, all("Title")),
                new TableColumn("adopted", ColumnType.DATE, all("Adopted"))));
        Question choice = new Question("II.A.2", Part.A, QuestionType.MULTIPLE_CHOICE, true, all("Features"), null,
                null, List.of(new Choice("WATERMARK", all("Watermark")), new Choice("HOLOGRAM", all("Hologram"))),
                null, null, null, null);
        Questionnaire q = new Questionnaire(all("Annual report"), List.of(
                new Section("I", all("Framework"), List.of(table)),
                new Section("II", all("Certificate"), List.of(choice, number))));
        String json = QuestionnaireJson.write(q);
        assertEquals(q, QuestionnaireJson.read(json));
        assertEquals(json, QuestionnaireJson.write(QuestionnaireJson.read(json)));
    }

    @Test
    void aMalformedFileIsRefusedWithATranslatableMessage() {
        assertEquals("reporting.questionnaire.error.json", key(() -> QuestionnaireJson.read("{\"title\": ")));
        assertEquals("reporting.questionnaire.error.json", key(() -> QuestionnaireJson.read(
                "{\"title\": {\"de\": \"Jahresbericht\"}, \"sections\": []}")));
        assertEquals("reporting.questionnaire.error.json", key(() -> QuestionnaireJson.read(
                "{\"title\": {\"en\": \"t\"}, \"sections\": [{\"code\": \"I\", \"title\": {\"en\": \"s\"},"
                        + " \"questions\": [{\"code\": \"I.A.1\", \"part\": \"A\", \"type\": \"ESSAY\"}]}]}")));
    }

    @Test
    void theVersionThatAppliesToAYearIsTheLatestAdoptedBeforeIt() {
        QuestionnaireVersion first = new QuestionnaireVersion(1, small(), NOW);
        first.adopt("AD 2004/1", LocalDate.of(2004, 10, 29), 2004);
        QuestionnaireVersion second = new QuestionnaireVersion(2, small(), NOW);
        second.adopt("AD 2008/2", LocalDate.of(2008, 11, 6), 2009);
        QuestionnaireVersion draft = new QuestionnaireVersion(3, small(), NOW);
        QuestionnaireVersions versions = new InMemory(new java.util.ArrayList<>(List.of(first, second)));
        versions.add(draft);
        assertEquals(4, versions.nextNumber());
        assertTrue(versions.applyingTo(2003).isEmpty());
        assertEquals(1, versions.applyingTo(2008).orElseThrow().getNumber());
        assertEquals(2, versions.applyingTo(2025).orElseThrow().getNumber());
    }

    private record InMemory(List<QuestionnaireVersion> all) implements QuestionnaireVersions {
        @Override
        public void add(QuestionnaireVersion version) {
            all.add(version);
        }

        @Override
        public java.util.Optional<QuestionnaireVersion> byNumber(int number) {
            return all.stream().filter(v -> v.getNumber() == number).findFirst();
        }

        @Override
        public int nextNumber() {
            return all.size() + 1;
        }
    }

    @Test
    void theSecretariatEditsADraftQuestionByQuestionAndTheRulesStillHold() {
        Questionnaire q = small();
        Questionnaire edited = q.withTexts("III.B.2", new LocalizedText(Map.of(Language.EN, "Describe the case.",
                Language.RU, "Опишите случай.")), new LocalizedText(Map.of(Language.FR, "Aide")), false);
        Question changed = edited.question("III.B.2").orElseThrow();
        assertEquals("Опишите случай.", changed.text().in(Language.RU));
        assertFalse(changed.required());
        assertEquals(new Condition("III.B.1", "YES"), changed.condition(), "what the question offers stays");
        assertEquals(EnumSet.of(Language.FR, Language.PT, Language.ES), changed.text().missing());
        assertTrue(edited.missingTranslations().stream().anyMatch(m -> m.where().equals("III.B.2")));

        // a conditional question cannot move above the question it tests, nor past the ends
        assertEquals("reporting.questionnaire.error.condition", key(() -> q.moved("III.B.2", -1)));
        assertEquals("reporting.questionnaire.error.cannotMove", key(() -> q.moved("III.B.1", -1)));
        assertEquals("reporting.questionnaire.error.cannotMove", key(() -> q.moved("III.B.2", 1)));

        // a new question takes the part's next number, at the end; the question a condition tests stays
        Questionnaire added = q.added("III", Part.B, QuestionType.LONG_TEXT, new LocalizedText(Map.of(Language.EN,
                "Any other change?")));
        assertEquals(List.of("III.B.1", "III.B.2", "III.B.3"), added.questions().stream().map(Question::code).toList());
        assertEquals(List.of("III.B.1", "III.B.3", "III.B.2"), added.moved("III.B.3", -1).questions().stream()
                .map(Question::code).toList());
        assertEquals("III.A.1", q.added("III", Part.A, QuestionType.DATE, all("When?")).questions().get(2).code());
        assertEquals("reporting.questionnaire.error.type", key(() -> q.added("III", Part.B, QuestionType.TABLE,
                all("A table"))));
        assertEquals("reporting.questionnaire.error.text", key(() -> q.added("III", Part.B, QuestionType.LONG_TEXT,
                new LocalizedText(Map.of()))));
        assertEquals("reporting.questionnaire.error.conditionedOn", key(() -> q.without("III.B.1")));
        assertEquals(List.of("III.B.1"), q.without("III.B.2").questions().stream().map(Question::code).toList());
        assertEquals("reporting.questionnaire.error.noQuestion", key(() -> q.without("IX.A.1")));
        assertEquals("ru Trade", q.withSectionTitle("III", all("Trade")).sections().get(0).title().in(Language.RU));
    }
}
