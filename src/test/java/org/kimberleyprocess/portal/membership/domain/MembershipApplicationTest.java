package org.kimberleyprocess.portal.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.ADMITTED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.DRAFT;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.INFORMATION_REQUESTED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.NOT_RECOMMENDED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.RECOMMENDED_FOR_ADMISSION;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.REJECTED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.SUBMITTED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.UNDER_ASSESSMENT;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.WITHDRAWN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.files.FileType;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

class MembershipApplicationTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static Participant ghana() {
        return new Participant("GH", "Ghana", ParticipantKind.STATE, ParticipationStatus.APPLICANT,
                LocalDate.of(2003, 10, 31), null, NOW);
    }

    static StoredDocument pdf(String name) {
        return new StoredDocument(name + "-token", name, FileType.PDF, 1000, "0".repeat(64), NOW, "applicant.gh");
    }

    static MembershipApplication draft() {
        return new MembershipApplication("KP-2026-001", ghana(), "applicant.gh", NOW);
    }

    static MembershipApplication complete() {
        MembershipApplication a = draft();
        a.updateFocalPoint(new Contact("Ama Mensah", "Director", "Ministry of Lands", "ama@example.gh", "+233 1"));
        a.updateAlternate(new Contact("Kofi Boateng", null, null, "kofi@example.gh", "+233 2"));
        a.updateAuthorities("Precious Minerals Marketing Company", "Precious Minerals Marketing Company");
        a.addLegislation("Diamonds Act", LocalDate.of(1972, 1, 1), "NRCD 32", pdf("act.pdf"));
        a.attachCertificateSpecimen(pdf("certificate.pdf"));
        a.updateStatisticsArrangements("Quarterly trade figures from customs; semi-annual production");
        a.declare(true, "applicant.gh", NOW);
        return a;
    }

    /** Brings an application to a status by the legal road. */
    static MembershipApplication at(ApplicationStatus target) {
        MembershipApplication a = complete();
        Map<ApplicationStatus, List<Consumer<MembershipApplication>>> road = Map.of(
                DRAFT, List.of(),
                SUBMITTED, List.of(x -> x.submit("applicant.gh", NOW)),
                UNDER_ASSESSMENT, List.of(x -> x.submit("applicant.gh", NOW), x -> x.startAssessment("committee", NOW)),
                INFORMATION_REQUESTED, List.of(x -> x.submit("applicant.gh", NOW),
                        x -> x.startAssessment("committee", NOW), x -> x.requestInformation("Which law?", "committee", NOW)),
                RECOMMENDED_FOR_ADMISSION, List.of(x -> x.submit("applicant.gh", NOW),
                        x -> x.startAssessment("committee", NOW), x -> x.recommend(true, "Meets them", "committee", NOW)),
                NOT_RECOMMENDED, List.of(x -> x.submit("applicant.gh", NOW),
                        x -> x.startAssessment("committee", NOW), x -> x.recommend(false, "Not yet", "committee", NOW)),
                ADMITTED, List.of(x -> x.submit("applicant.gh", NOW), x -> x.startAssessment("committee", NOW),
                        x -> x.recommend(true, "Meets them", "committee", NOW),
                        x -> x.decide(true, DecisionKind.PLENARY, LocalDate.of(2026, 11, 5), "Plenary 2026", "chair", NOW)),
                REJECTED, List.of(x -> x.submit("applicant.gh", NOW), x -> x.startAssessment("committee", NOW),
                        x -> x.recommend(false, "Not yet", "committee", NOW),
                        x -> x.decide(false, DecisionKind.WRITTEN_PROCEDURE, LocalDate.of(2026, 6, 1), "WP 2026/3",
                                "chair", NOW)),
                WITHDRAWN, List.of(x -> x.withdraw("Not ready", "applicant.gh", NOW)));
        road.get(target).forEach(step -> step.accept(a));
        assertEquals(target, a.getStatus());
        return a;
    }

    @Test
    void aDraftListsWhatItLacksInTheOrderOfTheSteps() {
        assertEquals(List.of("membership.missing.focalPoint", "membership.missing.alternate",
                "membership.missing.importingAuthority", "membership.missing.exportingAuthority",
                "membership.missing.legislation", "membership.missing.certificate", "membership.missing.statistics",
                "membership.missing.declaration"), draft().missingItems());
        assertEquals(List.of(), complete().missingItems());
    }

    @Test
    void anIncompleteFileCannotBeSubmitted() {
        MembershipApplication a = draft();
        a.updateFocalPoint(new Contact("Ama Mensah", null, null, "ama@example.gh", "+233 1"));
        ApplicationIncompleteException e = assertThrows(ApplicationIncompleteException.class,
                () -> a.submit("applicant.gh", NOW));
        assertTrue(e.getMissing().contains("membership.missing.alternate"));
        assertEquals(DRAFT, a.getStatus());
    }

    @Test
    void legislationWithoutItsTextIsNotEnough() {
        MembershipApplication a = complete();
        a.addLegislation("Regulations", LocalDate.of(2003, 5, 1), null, null);
        assertEquals(List.of("membership.missing.legislationText"), a.missingItems());
    }

    @Test
    void theWholeRoadToAdmissionIsRecorded() {
        MembershipApplication a = at(INFORMATION_REQUESTED);
        assertEquals("Which law?", a.openRequest().orElseThrow().getQuestion());
        a.updateStatisticsArrangements("Now with mirror checks");
        a.answerInformation("The Diamonds Act 1972 as amended", "applicant.gh", NOW);
        assertEquals(UNDER_ASSESSMENT, a.getStatus());
        assertTrue(a.openRequest().isEmpty());
        a.addCommitteeNote("Internal: looks fine", "committee", NOW);
        a.proposeVisit("Accra, March 2027", "committee", NOW);
        a.recommend(true, "Meets the minimum requirements", "committee", NOW);
        a.decide(true, DecisionKind.WRITTEN_PROCEDURE, LocalDate.of(2026, 12, 1), "WP 2026/7", "chair", NOW);
        assertEquals(ADMITTED, a.getStatus());
        assertEquals(List.of(DRAFT, SUBMITTED, UNDER_ASSESSMENT, INFORMATION_REQUESTED, UNDER_ASSESSMENT,
                RECOMMENDED_FOR_ADMISSION, ADMITTED), a.getEvents().stream().map(ApplicationEvent::getTo).toList());
        assertEquals("WP 2026/7", a.getDecisionReference());
        assertEquals(2, a.getNotes().size());
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void everyMoveOutsideTheProcedureIsRefusedAndChangesNothing(ApplicationStatus from) {
        EnumSet<ApplicationStatus> refused = EnumSet.allOf(ApplicationStatus.class);
        refused.removeAll(from.allowedNext());
        for (ApplicationStatus to : refused) {
            MembershipApplication a = at(from);
            int events = a.getEvents().size();
            assertThrows(BusinessException.class, () -> attempt(a, to), from + " -> " + to);
            assertEquals(from, a.getStatus(), from + " -> " + to);
            assertEquals(events, a.getEvents().size());
        }
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void everyMoveOfTheProcedureIsAllowed(ApplicationStatus from) {
        for (ApplicationStatus to : from.allowedNext()) {
            MembershipApplication a = at(from);
            attempt(a, to);
            assertEquals(to, a.getStatus(), from + " -> " + to);
        }
    }

    /** The one use case that leads to a status. */
    private static void attempt(MembershipApplication a, ApplicationStatus to) {
        switch (to) {
            case DRAFT -> throw new IllegalApplicationTransitionException(a.getStatus(), DRAFT);
            case SUBMITTED -> a.submit("applicant.gh", NOW);
            case UNDER_ASSESSMENT -> {
                if (a.getStatus() == INFORMATION_REQUESTED) {
                    a.answerInformation("answer", "applicant.gh", NOW);
                } else {
                    a.startAssessment("committee", NOW);
                }
            }
            case INFORMATION_REQUESTED -> a.requestInformation("question", "committee", NOW);
            case RECOMMENDED_FOR_ADMISSION -> a.recommend(true, "yes", "committee", NOW);
            case NOT_RECOMMENDED -> a.recommend(false, "no", "committee", NOW);
            case ADMITTED -> a.decide(true, DecisionKind.PLENARY, LocalDate.of(2026, 11, 5), "P", "chair", NOW);
            case REJECTED -> a.decide(false, DecisionKind.PLENARY, LocalDate.of(2026, 11, 5), "P", "chair", NOW);
            case WITHDRAWN -> a.withdraw(null, "applicant.gh", NOW);
        }
    }

    @Test
    void theFileIsFrozenOnceSubmittedExceptToAnswerARequest() {
        MembershipApplication submitted = at(SUBMITTED);
        assertThrows(BusinessException.class, () -> submitted.updateStatisticsArrangements("changed"));
        MembershipApplication asked = at(INFORMATION_REQUESTED);
        asked.updateStatisticsArrangements("changed while answering");
        assertEquals("changed while answering", asked.getStatisticsArrangements());
    }

    @Test
    void onlyAnApplicantStateCanApply() {
        Participant botswana = new Participant("BW", "Botswana", ParticipantKind.STATE,
                ParticipationStatus.PARTICIPANT, LocalDate.of(2003, 10, 31), null, NOW);
        assertThrows(BusinessException.class, () -> new MembershipApplication("KP-2026-002", botswana, "x", NOW));
    }

    @Test
    void aDecisionNeedsItsReferenceAndEmptyQuestionsAreRefused() {
        MembershipApplication a = at(RECOMMENDED_FOR_ADMISSION);
        assertThrows(BusinessException.class,
                () -> a.decide(true, DecisionKind.PLENARY, LocalDate.of(2026, 11, 5), " ", "chair", NOW));
        assertEquals(RECOMMENDED_FOR_ADMISSION, a.getStatus());
        MembershipApplication b = at(UNDER_ASSESSMENT);
        assertThrows(BusinessException.class, () -> b.requestInformation("  ", "committee", NOW));
        assertEquals(UNDER_ASSESSMENT, b.getStatus());
    }
}
