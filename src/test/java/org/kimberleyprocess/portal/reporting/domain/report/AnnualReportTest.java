package org.kimberleyprocess.portal.reporting.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.ColumnType;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Part;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionType;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireTest;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Section;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.TableColumn;

class AnnualReportTest {

    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");

    private static final Question NUMBER = new Question("II.B.1", Part.B, QuestionType.NUMBER, true,
            QuestionnaireTest.all("Certificates issued"), null, null, null, QuestionnaireTest.all("certificates"), 0L,
            1_000_000L, null);
    private static final Question TABLE = new Question("I.A.1", Part.A, QuestionType.TABLE, false,
            QuestionnaireTest.all("Laws"), null, null, null, null, null, null,
            List.of(new TableColumn("title", ColumnType.TEXT, QuestionnaireTest.all("Title")),
                    new TableColumn("adopted", ColumnType.DATE, QuestionnaireTest.all("Adopted"))));

    private static final Questionnaire Q = new Questionnaire(QuestionnaireTest.all("Report"), List.of(
            new Section("I", QuestionnaireTest.all("Framework"), List.of(TABLE)),
            new Section("II", QuestionnaireTest.all("Certificate"), List.of(NUMBER)),
            QuestionnaireTest.small().sections().get(0)));

    private static JsonValue text(String s) {
        return Json.createValue(s);
    }

    private AnnualReport report() {
        return new AnnualReport("BW", 2025, 1, NOW);
    }

    private static Question q(String code) {
        return Q.question(code).orElseThrow();
    }

    @Test
    void anAnswerThatBreaksItsRuleIsKeptAsTypedAndBlocksSubmission() {
        AnnualReport r = report();
        Answer a = r.answer(NUMBER, text("12,5"), false, 0, "focal.bw", NOW);
        assertEquals(Optional.of("reporting.answer.error.number"), a.getProblem());
        assertEquals(text("12,5"), a.value());
        assertEquals(1, a.getVersion());
        r.answer(q("III.B.1"), text("NO"), false, 0, "focal.bw", NOW);
        assertEquals(List.of("II.B.1"), r.invalid(Q));
        IncompleteReportException e = assertThrows(IncompleteReportException.class,
                () -> r.submit(Q, "focal.bw", NOW));
        assertEquals(List.of("II.B.1"), e.invalid());
        assertEquals(ReportStatus.IN_PROGRESS, r.getStatus());
    }

    @Test
    void aValueOfTheWrongShapeIsRefusedAndNothingIsStored() {
        AnnualReport r = report();
        assertThrows(InvalidAnswerException.class,
                () -> r.answer(q("III.B.1"), Json.createArrayBuilder().add("YES").build(), false, 0, "focal.bw", NOW));
        assertThrows(InvalidAnswerException.class, () -> r.answer(TABLE,
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("colour", "red")).build(), false, 0,
                "focal.bw", NOW));
        assertTrue(r.getAnswers().isEmpty());
    }

    @Test
    void aChangeAgainstAVersionTheEditorDidNotSeeIsRefusedWithTheStoredAnswer() {
        AnnualReport r = report();
        Answer first = r.answer(q("III.B.2"), text("Первый ответ"), false, 0, "focal.bw", NOW);
        // another editor, who also saw no answer, saves after the first
        StaleAnswerException e = assertThrows(StaleAnswerException.class,
                () -> r.answer(q("III.B.2"), text("Second answer"), false, 0, "other.bw", NOW));
        assertEquals(first.stored(), e.current().orElseThrow());
        assertEquals(text("Первый ответ"), r.find("III.B.2").orElseThrow().value());
    }

    @Test
    void aResentChangeWhoseValueIsStoredAlreadyIsASaveNotAConflict() {
        AnnualReport r = report();
        Answer saved = r.answer(q("III.B.2"), text("Ответ, сохранённый до сбоя сервера"), true, 0, "focal.ru", NOW);
        // the proxy resends the same change (the editor saw version 0) after the first server stored it
        Answer again = r.answer(q("III.B.2"), text("Ответ, сохранённый до сбоя сервера"), true, 0, "focal.ru", NOW);
        assertEquals(1, again.getVersion(), "nothing changed: the stored version is the answer");
        assertEquals(saved.stored(), again.stored());
        // the same text with another KP-only mark, or another text, is a conflict
        assertThrows(StaleAnswerException.class,
                () -> r.answer(q("III.B.2"), text("Ответ, сохранённый до сбоя сервера"), false, 0, "focal.ru", NOW));
        assertThrows(StaleAnswerException.class,
                () -> r.answer(q("III.B.2"), text("Другой ответ"), true, 0, "analyst.ru", NOW));
    }

    @Test
    void requiredQuestionsCountOnlyWhenTheirConditionHolds() {
        AnnualReport r = report();
        assertEquals(List.of("II.B.1", "III.B.1"), r.missing(Q));
        r.answer(q("III.B.1"), text("YES"), false, 0, "focal.bw", NOW);
        assertEquals(List.of("II.B.1", "III.B.2"), r.missing(Q));
        r.answer(q("III.B.1"), text("NO"), false, 1, "focal.bw", NOW);
        assertEquals(List.of("II.B.1"), r.missing(Q));
    }

    @Test
    void aSubmittedReportIsReadOnlyUntilReopenedAndEachSubmissionIsARevision() {
        AnnualReport r = report();
        r.answer(NUMBER, Json.createValue(1250), false, 0, "focal.bw", NOW);
        r.answer(q("III.B.1"), text("YES"), false, 0, "focal.bw", NOW);
        r.answer(q("III.B.2"), text("Saisie à Gaborone, rendue après vérification."), true, 0, "focal.bw", NOW);
        r.answer(TABLE, Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "Diamond Cutting Act")
                .add("adopted", "2003-12-01")).build(), false, 0, "focal.bw", NOW);
        ReportRevision first = r.submit(Q, "focal.bw", NOW);
        assertEquals(1, first.getRevision());
        assertEquals(ReportStatus.SUBMITTED, r.getStatus());
        assertTrue(first.answers().contains("Saisie à Gaborone"));
        assertThrows(ReportSubmittedException.class,
                () -> r.answer(NUMBER, Json.createValue(1300), false, 1, "focal.bw", NOW));
        assertEquals("reporting.report.error.reason",
                assertThrows(org.kimberleyprocess.portal.platform.errors.BusinessException.class,
                        () -> r.reopen(" ", NOW)).getMessageKey());
        r.reopen("Figures corrected at the Participant’s request", NOW);
        r.answer(NUMBER, Json.createValue(1300), false, r.find("II.B.1").orElseThrow().getVersion(), "focal.bw", NOW);
        ReportRevision second = r.submit(Q, "focal.bw", NOW.plusSeconds(60));
        assertEquals(2, second.getRevision());
        assertEquals(Optional.of("Figures corrected at the Participant’s request"), second.getReopenReason());
        assertTrue(second.answers().contains("1300"));
        assertTrue(first.answers().contains("1250"));
        assertEquals(2, r.getRevisions().size());
    }

    @Test
    void onlyASubmittedReportIsReviewedAndEachRevisionIsReviewedAnew() {
        AnnualReport r = report();
        assertEquals("reporting.review.error.notSubmitted", assertThrows(
                org.kimberleyprocess.portal.platform.errors.BusinessException.class,
                () -> r.assess(Assessment.UNDER_REVIEW)).getMessageKey());
        r.answer(NUMBER, Json.createValue(612), false, 0, "focal.bw", NOW);
        r.answer(q("III.B.1"), text("NO"), false, 0, "focal.bw", NOW);
        r.submit(Q, "focal.bw", NOW);
        assertEquals(Optional.of(Assessment.RECEIVED), r.getAssessment());
        r.comment(NUMBER, CommentSide.WORKING_GROUP, "monitoring", "¿Por qué tan pocos certificados?", NOW);
        r.comment(NUMBER, CommentSide.PARTICIPANT, "focal.bw", "Moins d’exportations cette année-là.", NOW);
        assertEquals("reporting.review.error.text", assertThrows(
                org.kimberleyprocess.portal.platform.errors.BusinessException.class,
                () -> r.comment(NUMBER, CommentSide.WORKING_GROUP, "monitoring", "  ", NOW)).getMessageKey());
        r.assess(Assessment.ASSESSED);
        r.reopen("Correction", NOW);
        r.submit(Q, "focal.bw", NOW);
        assertEquals(Optional.of(Assessment.RECEIVED), r.getAssessment());
        assertEquals(List.of(CommentSide.WORKING_GROUP, CommentSide.PARTICIPANT),
                r.getComments().stream().map(ReviewComment::getSide).toList());
    }

    @Test
    void partAIsCarriedOverFromTheLastSubmissionAndRevisionsSayWhatChanged() {
        AnnualReport y2024 = report();
        y2024.answer(TABLE, Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "Loi minière")).build(),
                false, 0, "focal.bw", NOW);
        y2024.answer(NUMBER, Json.createValue(612), false, 0, "focal.bw", NOW);
        y2024.answer(q("III.B.1"), text("NO"), false, 0, "focal.bw", NOW);
        ReportRevision first = y2024.submit(Q, "focal.bw", NOW);

        AnnualReport y2025 = new AnnualReport("BW", 2026, 1, NOW);
        y2025.carryOver(Q, first, "focal.bw", NOW);
        assertEquals(List.of("I.A.1"), y2025.getAnswers().stream().map(Answer::getQuestionCode).toList());
        assertEquals(1, y2025.find("I.A.1").orElseThrow().getVersion());

        y2024.reopen("Correction", NOW);
        y2024.answer(NUMBER, Json.createValue(640), false, 1, "focal.bw", NOW);
        ReportRevision second = y2024.submit(Q, "focal.bw", NOW);
        assertEquals(List.of("II.B.1"), RevisionDifferences.changed(first.submittedAnswers(), second.submittedAnswers()));
    }

    @Test
    void theReportOnAYearOpensOnFirstJanuaryAndIsOverdueAfterThirtyFirstMarch() {
        assertFalse(ReportingCalendar.isOpen(2025, LocalDate.of(2025, 12, 31)));
        assertTrue(ReportingCalendar.isOpen(2025, LocalDate.of(2026, 1, 1)));
        assertFalse(ReportingCalendar.isOverdue(2025, LocalDate.of(2026, 3, 31)));
        assertTrue(ReportingCalendar.isOverdue(2025, LocalDate.of(2026, 4, 1)));
        assertEquals(2025, ReportingCalendar.latestOpenYear(LocalDate.of(2026, 11, 28)));
    }

    @Test
    void numbersOutsideTheRangeAndUnknownOptionsAreMarked() {
        assertEquals(Optional.of("reporting.answer.error.range"),
                AnswerRules.problem(NUMBER, Json.createValue(-1)));
        assertEquals(Optional.empty(), AnswerRules.problem(NUMBER, text(" 42.5 ")));
        assertEquals(Optional.of("reporting.answer.error.option"), AnswerRules.problem(q("III.B.1"), text("MAYBE")));
        assertEquals(Optional.of("reporting.answer.error.date"), AnswerRules.problem(TABLE,
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("adopted", "1 December 2003")).build()));
        assertTrue(AnswerRules.isEmpty(text("  ")));
    }
}
