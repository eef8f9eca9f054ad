package org.kimberleyprocess.portal.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;

/** Every step of a review visit and a mission, the team's composition, recommendations and their progress. */
class ReviewVisitTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static Expert byParticipant(String iso) {
        return Expert.nominatedByParticipant(iso, "Expert " + iso, "Customs", EnumSet.of(Language.EN));
    }

    static Expert byObserver(NominatorKind kind) {
        return Expert.nominatedByObserver("Observer " + kind, kind, "Expert " + kind, "Trade", EnumSet.of(Language.FR));
    }

    static List<Expert> team() {
        return List.of(byParticipant("CA"), byObserver(NominatorKind.INDUSTRY), byObserver(NominatorKind.CIVIL_SOCIETY));
    }

    static String refusal(Runnable r) {
        return assertThrows(BusinessException.class, r::run).getMessageKey();
    }

    static ReviewVisit visited() {
        ReviewVisit v = new ReviewVisit("BW", 2026, NOW);
        v.proposeTeam("ZA", true, team());
        v.acceptTeam();
        v.schedule(TODAY.minusDays(10), TODAY.minusDays(5), "Terms");
        v.draftReport("Draft", TODAY);
        return v;
    }

    @Test
    void theTeamHasALeadParticipantOneIndustryAndOneCivilSocietyExpertAndNoneOfTheHosts() {
        ReviewVisit v = new ReviewVisit("BW", 2026, NOW);
        assertEquals("review.visit.error.lead", refusal(() -> v.proposeTeam("BW", true, team())));
        assertEquals("review.visit.error.lead", refusal(() -> v.proposeTeam("ZA", false, team())));
        assertEquals("review.visit.error.team", refusal(() -> v.proposeTeam("ZA", true,
                List.of(byParticipant("CA"), byObserver(NominatorKind.INDUSTRY)))));
        assertEquals("review.visit.error.team", refusal(() -> v.proposeTeam("ZA", true, List.of(byParticipant("CA"),
                byObserver(NominatorKind.INDUSTRY), byObserver(NominatorKind.INDUSTRY),
                byObserver(NominatorKind.CIVIL_SOCIETY)))));
        assertEquals("review.visit.error.team", refusal(() -> v.proposeTeam("ZA", true,
                List.of(byObserver(NominatorKind.INDUSTRY), byObserver(NominatorKind.CIVIL_SOCIETY)))));
        assertEquals("review.visit.error.hostExpert", refusal(() -> v.proposeTeam("ZA", true, List.of(
                byParticipant("BW"), byObserver(NominatorKind.INDUSTRY), byObserver(NominatorKind.CIVIL_SOCIETY)))));
        Expert retired = byParticipant("CA");
        retired.setActive(false);
        assertEquals("review.visit.error.inactive", refusal(() -> v.proposeTeam("ZA", true, List.of(retired,
                byObserver(NominatorKind.INDUSTRY), byObserver(NominatorKind.CIVIL_SOCIETY)))));
        assertEquals(VisitStatus.VOLUNTEERED, v.getStatus());
        v.proposeTeam("ZA", true, team());
        assertEquals(VisitStatus.TEAM_PROPOSED, v.getStatus());
        assertEquals("ZA", v.getLeadIso());
    }

    @Test
    void theHostAsksForChangesThenAcceptsANewTeam() {
        ReviewVisit v = new ReviewVisit("BW", 2026, NOW);
        assertEquals("review.visit.error.step", refusal(v::acceptTeam));
        v.proposeTeam("ZA", true, team());
        assertEquals("review.visit.error.changes", refusal(() -> v.askForChanges(" ")));
        v.askForChanges("Un expert lusophone, s’il vous plaît.");
        assertEquals(VisitStatus.VOLUNTEERED, v.getStatus());
        assertEquals("Un expert lusophone, s’il vous plaît.", v.getChangesRequested());
        v.proposeTeam("CA", true, team());
        v.acceptTeam();
        assertEquals(VisitStatus.TEAM_ACCEPTED, v.getStatus());
        assertEquals(null, v.getChangesRequested());
    }

    @Test
    void theReportComesAfterTheVisitThenTheHostCommentsThenItIsFinal() {
        ReviewVisit v = new ReviewVisit("BW", 2026, NOW);
        v.proposeTeam("ZA", true, team());
        v.acceptTeam();
        assertEquals("review.visit.error.dates", refusal(() -> v.schedule(TODAY, TODAY.minusDays(1), "Terms")));
        assertEquals("review.visit.error.notVisited", refusal(() -> v.draftReport("Draft", TODAY)));
        v.schedule(TODAY.plusDays(3), TODAY.plusDays(6), "Terms");
        assertEquals("review.visit.error.notVisited", refusal(() -> v.draftReport("Draft", TODAY)));
        v.draftReport("Draft", TODAY.plusDays(6));
        v.draftReport("Draft, second version", TODAY.plusDays(7));
        assertEquals("review.visit.error.step", refusal(() -> v.finalise("Final", true)));
        assertEquals("review.visit.error.step", refusal(() -> v.schedule(TODAY, TODAY, "Terms")));
        v.comment("Комментарии принимающей стороны");
        assertEquals("review.visit.error.step", refusal(() -> v.draftReport("Late", TODAY.plusDays(8))));
        assertFalse(v.publicReport());
        v.finalise("Final", false);
        assertEquals(VisitStatus.FINAL, v.getStatus());
        assertFalse(v.publicReport(), "a KP-only report is not public");
        assertEquals("review.visit.error.step", refusal(() -> v.finalise("Again", true)));
    }

    @Test
    void recommendationsFollowAReportAndTheHostReportsProgress() {
        ReviewVisit early = new ReviewVisit("BW", 2026, NOW);
        assertEquals("review.visit.error.step", refusal(() -> early.recommend("Train", "Customs", TODAY)));
        ReviewVisit v = visited();
        assertEquals("review.recommendation.error.incomplete", refusal(() -> v.recommend("Train", " ", TODAY)));
        Recommendation r = v.recommend("Train customs officers", "Customs", TODAY.plusDays(30));
        assertTrue(r.isOpen());
        assertFalse(r.overdueOn(TODAY));
        assertTrue(r.overdueOn(TODAY.plusDays(31)));
        assertEquals("review.recommendation.error.progress", refusal(() -> r.report(" ", false, "focal.bw", NOW)));
        r.report("Formation commencée", false, "focal.bw", NOW);
        assertEquals(RecommendationStatus.IN_PROGRESS, r.getStatus());
        r.report("Terminé", true, "focal.bw", NOW);
        assertEquals(RecommendationStatus.DONE, r.getStatus());
        assertFalse(r.overdueOn(TODAY.plusDays(60)), "done is never overdue");
        assertEquals(2, r.getProgress().size());
    }

    @Test
    void aMissionIsReportedThenClosedAndOnlyAProposalNamesADecision() {
        assertEquals("review.mission.error.team",
                refusal(() -> new ReviewMission("CG", "Grounds", "Terms", List.of(), TODAY)));
        assertEquals("review.visit.error.hostExpert",
                refusal(() -> new ReviewMission("CG", "Grounds", "Terms", List.of(byParticipant("CG")), TODAY)));
        ReviewMission m = new ReviewMission("CG", "Production statistics never provided", "Terms",
                List.of(byParticipant("CA")), TODAY);
        assertEquals("review.visit.error.step", refusal(() -> m.close(MissionOutcome.NO_ACTION, null)));
        assertEquals("review.visit.error.step", refusal(() -> m.recommend("Provide", "Ministry", TODAY)));
        m.report("The minimum requirements are not met.");
        assertThrows(IllegalArgumentException.class, () -> m.close(MissionOutcome.REMOVAL_PROPOSED, null));
        m.close(MissionOutcome.REMOVAL_PROPOSED, "AD 2004/5");
        assertEquals(MissionStatus.CLOSED, m.getStatus());
        assertEquals("AD 2004/5", m.getDecisionReference());
        assertEquals("review.visit.error.step", refusal(() -> m.report("Again")));
    }

    @Test
    void anExpertNeedsANameFieldsAndALanguage() {
        assertEquals("review.expert.error.incomplete", refusal(() -> Expert.nominatedByParticipant("CA", "Name",
                "Customs", EnumSet.noneOf(Language.class))));
        Expert e = Expert.nominatedByParticipant("CA", " Jean Côté ", "Douanes", EnumSet.of(Language.RU, Language.FR));
        assertEquals("Jean Côté", e.getName());
        assertEquals(EnumSet.of(Language.FR, Language.RU), e.getLanguages());
        assertEquals(NominatorKind.PARTICIPANT, e.getNominatorKind());
    }
}
