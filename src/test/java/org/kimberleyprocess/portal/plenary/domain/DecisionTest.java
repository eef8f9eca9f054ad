package org.kimberleyprocess.portal.plenary.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** Every move of a decision: drafting, written procedure and its deadline, agreement at a meeting, Rule 26. */
class DecisionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    /** A draft written a month ago (meetings of the days before today can have agreed it). */
    static Decision draft() {
        Decision d = new Decision("AD 2026/7", DecisionCategory.ADMINISTRATIVE_DECISION,
                NOW.minus(java.time.Duration.ofDays(30)));
        d.write(Language.EN, "Suspension", "The Participant is suspended.");
        return d;
    }

    static void translate(Decision d, Language... languages) {
        for (Language l : languages) {
            d.write(l, "Titre " + l, "Texte " + l);
        }
    }

    static String refusal(Runnable r) {
        return assertThrows(BusinessException.class, r::run).getMessageKey();
    }

    static Meeting meeting(LocalDate starts, LocalDate ends) {
        return new Meeting(MeetingKind.PLENARY, "Plenary", "Gaborone", starts, ends, null);
    }

    @Test
    void aDraftNeedsAReferenceAKindAndAnEnglishTextBeforeItMoves() {
        assertEquals("plenary.decision.error.incomplete",
                refusal(() -> new Decision(" ", DecisionCategory.NOTICE, NOW)));
        Decision d = new Decision("N 1", DecisionCategory.NOTICE, NOW);
        assertEquals("plenary.decision.error.noText", refusal(() -> d.circulate(TODAY.plusDays(3), TODAY, "chair", NOW)));
        assertEquals("plenary.decision.error.noText",
                refusal(() -> d.agreeAt(meeting(TODAY, TODAY), TODAY)));
        assertEquals("plenary.decision.error.textIncomplete", refusal(() -> d.write(Language.FR, "Titre", " ")));
        assertEquals(DecisionStatus.DRAFT, d.getStatus());
    }

    @Test
    void anEmptyTitleAndTextRemoveATranslation() {
        Decision d = draft();
        translate(d, Language.FR);
        assertEquals(EnumSet.of(Language.PT, Language.ES, Language.RU), d.missingTranslations());
        d.write(Language.FR, "", "");
        assertEquals(EnumSet.of(Language.FR, Language.PT, Language.ES, Language.RU), d.missingTranslations());
    }

    @Test
    void withoutObjectionAWrittenProcedureIsAgreedWhenItsDeadlineDateHasEnded() {
        Decision d = draft();
        LocalDate deadline = TODAY.plusDays(14);
        d.circulate(deadline, TODAY, "chair", NOW);
        assertEquals(DecisionStatus.WRITTEN_PROCEDURE, d.statusOn(TODAY));
        assertEquals(DecisionStatus.WRITTEN_PROCEDURE, d.statusOn(deadline), "objections run until 23:59 UTC");
        assertEquals(DecisionStatus.AGREED, d.statusOn(deadline.plusDays(1)), "nobody has to act at midnight");
        assertEquals(DecisionStatus.WRITTEN_PROCEDURE, d.getStatus(), "until it is settled, the row says procedure");
        d.settle(deadline.plusDays(1));
        assertEquals(DecisionStatus.AGREED, d.getStatus());
        assertEquals(deadline, d.getAgreedOn());
        assertEquals(AgreedBy.WRITTEN_PROCEDURE, d.getAgreedBy());
    }

    @Test
    void anObjectionOnTheDeadlineDateEndsTheProcedureButNotOneADayLater() {
        Decision d = draft();
        LocalDate deadline = TODAY.plusDays(2);
        d.circulate(deadline, TODAY, "chair", NOW);
        Instant lastMinute = Instant.parse("2026-03-12T23:59:30Z");
        d.object("BW", true, "focal.bw", "Nous ne sommes pas d’accord.", lastMinute);
        assertEquals(DecisionStatus.DRAFT, d.getStatus());
        assertEquals(1, d.getObjections().size());
        assertEquals("BW", d.getObjections().get(0).getIsoCode());

        Decision late = draft();
        late.circulate(deadline, TODAY, "chair", NOW);
        assertEquals("plenary.decision.error.notInProcedure", refusal(() -> late.object("BW", true, "focal.bw",
                "Trop tard", Instant.parse("2026-03-13T00:00:01Z"))));
        assertTrue(late.getObjections().isEmpty());
    }

    @Test
    void onlyAParticipantInGoodStandingObjectsAndItSaysWhy() {
        Decision d = draft();
        d.circulate(TODAY.plusDays(5), TODAY, "chair", NOW);
        assertEquals("plenary.decision.error.notInGoodStanding",
                refusal(() -> d.object("CG", false, "focal.cg", "Non", NOW)));
        assertEquals("plenary.decision.error.reason", refusal(() -> d.object("BW", true, "focal.bw", "  ", NOW)));
        assertEquals(DecisionStatus.WRITTEN_PROCEDURE, d.getStatus());
    }

    @Test
    void theDeadlineLiesAfterToday() {
        Decision d = draft();
        assertEquals("plenary.decision.error.deadline", refusal(() -> d.circulate(TODAY, TODAY, "chair", NOW)));
        assertEquals("plenary.decision.error.deadline", refusal(() -> d.circulate(null, TODAY, "chair", NOW)));
    }

    @Test
    void aMeetingAgreesOnlyOnceItHasBegun() {
        Decision d = draft();
        assertEquals("plenary.decision.error.meetingAhead",
                refusal(() -> d.agreeAt(meeting(TODAY.plusDays(1), TODAY.plusDays(3)), TODAY)));
        d.agreeAt(meeting(TODAY.minusDays(1), TODAY.plusDays(1)), TODAY);
        assertEquals(DecisionStatus.AGREED, d.getStatus());
        assertEquals(TODAY, d.getAgreedOn(), "a meeting still going on agrees today");
        assertEquals(AgreedBy.MEETING, d.getAgreedBy());
        assertEquals("plenary.decision.error.notDraft",
                refusal(() -> d.circulate(TODAY.plusDays(3), TODAY, "chair", NOW)));
    }

    @Test
    void invisibleCharactersAreNoTranslation() {
        Decision d = draft();
        d.agreeAt(meeting(TODAY.minusDays(2), TODAY.minusDays(1)), TODAY);
        translate(d, Language.FR, Language.PT, Language.ES);
        // a zero-width space for a title and a word joiner for a text, spaces of every kind: nothing written
        d.write(Language.RU, "\u200b", "\u2060");
        assertEquals(EnumSet.of(Language.RU), d.missingTranslations());
        assertEquals("plenary.decision.error.textIncomplete",
                refusal(() -> d.write(Language.RU, "\u00a0\u2003\u200d", "Текст")));
        assertEquals("plenary.decision.error.translationsMissing", refusal(() -> d.adopt(TODAY, "secretariat")));
        d.write(Language.RU, "Приостановление", "Участие приостановлено.");
        d.adopt(TODAY, "secretariat");
        assertEquals(DecisionStatus.ADOPTED, d.getStatus());
    }

    @Test
    void aMeetingThatEndedBeforeTheDraftWasWrittenCannotHaveAgreedIt() {
        Decision d = new Decision("AD 2026/8", DecisionCategory.ADMINISTRATIVE_DECISION, NOW);
        d.write(Language.EN, "Late draft", "Written today.");
        Meeting sunCity = meeting(LocalDate.of(2003, 10, 29), LocalDate.of(2003, 10, 31));
        assertEquals("plenary.decision.error.meetingBeforeDraft", refusal(() -> d.agreeAt(sunCity, TODAY)));
        assertEquals("plenary.decision.error.meetingBeforeDraft",
                refusal(() -> d.agreeAt(meeting(TODAY.minusDays(3), TODAY.minusDays(1)), TODAY)));
        assertEquals(DecisionStatus.DRAFT, d.getStatus());
        d.agreeAt(meeting(TODAY.minusDays(1), TODAY), TODAY);
        assertEquals(DecisionStatus.AGREED, d.getStatus(), "a meeting still going on the day it was written agrees it");
    }

    @Test
    void rule26AdoptionOnlyWithAllFiveTranslations() {
        Decision d = draft();
        assertEquals("plenary.decision.error.notAgreed", refusal(() -> d.adopt(TODAY, "secretariat")));
        d.agreeAt(meeting(TODAY.minusDays(2), TODAY.minusDays(1)), TODAY);
        translate(d, Language.FR, Language.PT, Language.ES);
        BusinessException missing = assertThrows(BusinessException.class, () -> d.adopt(TODAY, "secretariat"));
        assertEquals("plenary.decision.error.translationsMissing", missing.getMessageKey());
        assertEquals("Русский", missing.getArguments()[0]);
        assertEquals(DecisionStatus.AGREED, d.getStatus());
        translate(d, Language.RU);
        d.adopt(TODAY, "secretariat");
        assertEquals(DecisionStatus.ADOPTED, d.getStatus());
        assertEquals(TODAY, d.getAdoptedOn());
        assertEquals(Set.of(), d.missingTranslations());
        assertEquals("plenary.decision.error.adopted", refusal(() -> d.write(Language.FR, "Autre", "Autre")));
        assertEquals("plenary.decision.error.adopted", refusal(() -> d.adopt(TODAY, "secretariat")));
    }

    @Test
    void theAgreedEnglishTextStaysWhileTranslationsArrive() {
        Decision d = draft();
        d.circulate(TODAY.plusDays(1), TODAY, "chair", NOW);
        assertEquals("plenary.decision.error.agreedText", refusal(() -> d.write(Language.EN, "Other", "Other")));
        d.write(Language.ES, "Suspensión", "Se suspende al Participante.");
        assertEquals("Suspensión", d.titleIn(Language.ES));
        assertEquals("Suspension", d.titleIn(Language.RU), "English stands in for a missing translation");
    }

    @Test
    void aStatusEffectIsSetOnADraftOnlyAndNeverToApplicant() {
        Decision d = draft();
        assertEquals("plenary.decision.error.effectIncomplete",
                refusal(() -> d.changeEffect(new DecisionEffect.StatusChange("CG", null))));
        assertEquals("plenary.decision.error.effectIncomplete",
                refusal(() -> d.changeEffect(new DecisionEffect.StatusChange("CG", ParticipationStatus.APPLICANT))));
        d.changeEffect(new DecisionEffect.StatusChange("CG", ParticipationStatus.REMOVED));
        assertEquals(new DecisionEffect.StatusChange("CG", ParticipationStatus.REMOVED), d.getEffect().orElseThrow());
        d.circulate(TODAY.plusDays(1), TODAY, "chair", NOW);
        assertEquals("plenary.decision.error.notDraft",
                refusal(() -> d.changeEffect(new DecisionEffect.StatusChange("CG", ParticipationStatus.SUSPENDED))));
    }

    @Test
    void aMeetingEndsOnOrAfterItsFirstDay() {
        assertEquals("plenary.meeting.error.dates", refusal(() -> meeting(TODAY, TODAY.minusDays(1))));
        assertEquals("plenary.meeting.error.incomplete",
                refusal(() -> new Meeting(MeetingKind.PLENARY, "", "Gaborone", TODAY, TODAY, null)));
    }

    @Test
    void aDecisionHasOneEffectAtMostSetWhileADraft() {
        Decision d = draft();
        d.changeEffect(new DecisionEffect.ViceChair("NA", 2033));
        d.changeEffect(new DecisionEffect.QuestionnaireAdoption(3, 2027));
        assertEquals(new DecisionEffect.QuestionnaireAdoption(3, 2027), d.getEffect().orElseThrow(),
                "a new effect replaces the one before: there is one at most");
        d.changeEffect(new DecisionEffect.ViceChair("BW", 2034));
        assertEquals(new DecisionEffect.ViceChair("BW", 2034), d.getEffect().orElseThrow());
        assertEquals("plenary.decision.error.effectIncomplete",
                refusal(() -> d.changeEffect(new DecisionEffect.ViceChair("BW", 1999))));
        Decision q = draft();
        assertEquals("plenary.decision.error.effectIncomplete",
                refusal(() -> q.changeEffect(new DecisionEffect.QuestionnaireAdoption(0, 2027))));
        q.changeEffect(new DecisionEffect.QuestionnaireAdoption(3, 2027));
        q.agreeAt(meeting(TODAY.minusDays(2), TODAY.minusDays(1)), TODAY);
        assertEquals("plenary.decision.error.notDraft",
                refusal(() -> q.changeEffect(new DecisionEffect.QuestionnaireAdoption(4, 2028))));
    }

    @Test
    void anEffectIsStoredInOneColumnAndReadBackAsItsType() {
        DecisionEffectColumn column = new DecisionEffectColumn();
        for (DecisionEffect e : List.of(new DecisionEffect.StatusChange("CG", ParticipationStatus.SUSPENDED),
                new DecisionEffect.ViceChair("NA", 2033), new DecisionEffect.QuestionnaireAdoption(3, 2027))) {
            assertEquals(e, column.convertToEntityAttribute(column.convertToDatabaseColumn(e)));
        }
        assertEquals("{\"kind\":\"STATUS\",\"iso\":\"CG\",\"status\":\"SUSPENDED\"}",
                column.convertToDatabaseColumn(new DecisionEffect.StatusChange("CG", ParticipationStatus.SUSPENDED)));
        assertEquals(null, column.convertToEntityAttribute(null));
    }

    @Test
    void anAgreedDecisionGoesBackToTheDraftsAndItsEffectChangesOnlyThere() {
        Decision d = draft();
        d.changeEffect(new DecisionEffect.ViceChair("NA", 2033));
        assertEquals("plenary.decision.error.notAgreed", refusal(() -> d.backToDraft(TODAY)));
        d.agreeAt(meeting(TODAY.minusDays(2), TODAY.minusDays(1)), TODAY);
        assertEquals("plenary.decision.error.notDraft", refusal(d::clearEffect));
        d.backToDraft(TODAY);
        assertEquals(DecisionStatus.DRAFT, d.getStatus());
        assertEquals(null, d.getAgreedOn());
        d.clearEffect();
        assertEquals(java.util.Optional.empty(), d.getEffect());
        d.changeEffect(new DecisionEffect.QuestionnaireAdoption(2, 2027));
        assertEquals(new DecisionEffect.QuestionnaireAdoption(2, 2027), d.getEffect().orElseThrow());
    }
}
