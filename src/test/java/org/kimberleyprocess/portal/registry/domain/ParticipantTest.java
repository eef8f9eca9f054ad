package org.kimberleyprocess.portal.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kimberleyprocess.portal.registry.domain.ParticipationStatus.APPLICANT;
import static org.kimberleyprocess.portal.registry.domain.ParticipationStatus.PARTICIPANT;
import static org.kimberleyprocess.portal.registry.domain.ParticipationStatus.REMOVED;
import static org.kimberleyprocess.portal.registry.domain.ParticipationStatus.SUSPENDED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParticipantTest {

    private static final Instant NOW = Instant.parse("2004-07-09T12:00:00Z");
    private static final LocalDate LISTED = LocalDate.of(2003, 10, 31);

    private static Participant congo() {
        return new Participant("CG", "Congo, Republic of", ParticipantKind.STATE, PARTICIPANT, LISTED,
                "Chair's list", NOW);
    }

    @Test
    void whatThePortalWritesIntoTheHistoryIsAKeyWithArgumentsNotProse() {
        Participant ghana = Participant.enteredByPortal("GH", "Ghana", ParticipantKind.STATE, APPLICANT,
                LocalDate.of(2004, 2, 1), PortalReason.SIGN_UP, NOW);
        ghana.changeStatusByPortal(PARTICIPANT, LocalDate.of(2004, 11, 5), "Plenary, Gatineau",
                PortalReason.admittedOn("KP-2004-007"), NOW);
        List<StatusChange> history = ghana.getHistory();
        assertEquals(List.of(APPLICANT, PARTICIPANT), history.stream().map(StatusChange::getStatus).toList());
        assertEquals(null, history.get(0).getReason());
        assertEquals(null, history.get(0).getDecisionReference());
        assertEquals(java.util.Optional.of(PortalReason.SIGN_UP), history.get(0).getPortalReason());
        assertEquals(new PortalReason("registry.history.admitted", List.of("KP-2004-007")),
                history.get(1).getPortalReason().orElseThrow());
        assertEquals("Plenary, Gatineau", history.get(1).getDecisionReference());
        assertEquals(java.util.Optional.empty(), congo().getHistory().get(0).getPortalReason(),
                "a typed reason stays as typed");
        assertThrows(IllegalStatusChangeException.class, () -> ghana.changeStatusByPortal(APPLICANT,
                LocalDate.of(2005, 1, 1), null, PortalReason.APPLIES_AGAIN, NOW));
    }

    @Test
    void removalIsDatedAndKeptInThePublicHistory() {
        Participant p = congo();
        p.changeStatus(REMOVED, LocalDate.of(2004, 7, 9), "Chair's notice, July 2004",
                "Review mission found the minimum requirements unmet", NOW);
        assertEquals(REMOVED, p.getStatus());
        assertEquals(LocalDate.of(2004, 7, 9), p.getStatusSince());
        List<StatusChange> history = p.getHistory();
        assertEquals(List.of(PARTICIPANT, REMOVED), history.stream().map(StatusChange::getStatus).toList());
        assertEquals("Chair's notice, July 2004", history.get(1).getDecisionReference());
    }

    @Test
    void aRemovedStateComesBackOnlyByApplyingAgainAndBeingAdmitted() {
        Participant p = congo();
        p.changeStatus(REMOVED, LocalDate.of(2004, 7, 9), "ref", null, NOW);
        assertThrows(IllegalStatusChangeException.class,
                () -> p.changeStatus(PARTICIPANT, LocalDate.of(2007, 11, 8), "ref", null, NOW));
        p.changeStatus(APPLICANT, LocalDate.of(2007, 1, 1), "application", null, NOW);
        p.changeStatus(PARTICIPANT, LocalDate.of(2007, 11, 8), "Plenary, Brussels", null, NOW);
        assertEquals(PARTICIPANT, p.getStatus());
        assertEquals(4, p.getHistory().size());
    }

    @Test
    void suspensionCanBeLiftedOrEndInRemoval() {
        assertTrue(SUSPENDED.canMoveTo(PARTICIPANT));
        assertTrue(SUSPENDED.canMoveTo(REMOVED));
    }

    @ParameterizedTest
    @EnumSource(ParticipationStatus.class)
    void everyMoveOutsideTheProceduresIsRefused(ParticipationStatus from) {
        EnumSet<ParticipationStatus> refused = EnumSet.complementOf(EnumSet.copyOf(from.allowedNext()));
        for (ParticipationStatus to : refused) {
            Participant p = new Participant("ZZ", "Test", ParticipantKind.STATE, from, LISTED,
                    null, NOW);
            IllegalStatusChangeException e = assertThrows(IllegalStatusChangeException.class,
                    () -> p.changeStatus(to, LISTED.plusDays(1), null, null, NOW), from + " -> " + to);
            assertEquals("registry.error.illegalStatusChange", e.getMessageKey());
            assertEquals(from, p.getStatus());
            assertEquals(1, p.getHistory().size());
        }
    }

    @Test
    void theAllowedMovesAreExactlyTheProcedures() {
        assertEquals(EnumSet.of(PARTICIPANT, REMOVED), APPLICANT.allowedNext());
        assertEquals(EnumSet.of(SUSPENDED, REMOVED), PARTICIPANT.allowedNext());
        assertEquals(EnumSet.of(PARTICIPANT, REMOVED), SUSPENDED.allowedNext());
        assertEquals(EnumSet.of(APPLICANT), REMOVED.allowedNext());
    }

    @Test
    void aChangeCannotPrecedeTheCurrentStatus() {
        Participant p = congo();
        assertThrows(BusinessException.class,
                () -> p.changeStatus(SUSPENDED, LISTED.minusDays(1), null, null, NOW));
        assertEquals(PARTICIPANT, p.getStatus());
    }

    @Test
    void onlyTheReioHasMemberStates() {
        Participant ec = new Participant("EU", "European Community", ParticipantKind.REIO, PARTICIPANT, LISTED,
                null, NOW);
        ec.addMemberState("FR");
        ec.addMemberState("DE");
        assertEquals(List.of("DE", "FR"), List.copyOf(ec.getMemberStates()));
        assertThrows(IllegalStateException.class, () -> congo().addMemberState("FR"));
    }

    @Test
    void theIsoCodeIsTwoCapitalLetters() {
        assertThrows(BusinessException.class, () -> new Participant("bw", "Botswana", ParticipantKind.STATE,
                PARTICIPANT, LISTED, null, NOW));
        assertThrows(BusinessException.class, () -> new Participant("BWA", "Botswana",
                ParticipantKind.STATE, PARTICIPANT, LISTED, null, NOW));
    }

    @Test
    void participantsAreEqualByIsoCode() {
        assertEquals(congo(), congo());
        assertEquals(congo().hashCode(), congo().hashCode());
    }

    @Test
    void onlyAParticipantIsInGoodStanding() {
        assertEquals(EnumSet.of(PARTICIPANT), EnumSet.copyOf(
                java.util.Arrays.stream(ParticipationStatus.values()).filter(ParticipationStatus::inGoodStanding)
                        .toList()));
    }
}
