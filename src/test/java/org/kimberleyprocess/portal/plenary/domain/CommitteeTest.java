package org.kimberleyprocess.portal.plenary.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

class CommitteeTest {

    static final Instant NOW = Instant.parse("2003-11-01T00:00:00Z");
    static final LocalDate LISTED = LocalDate.of(2003, 10, 31);

    static Participant state(String iso) {
        return new Participant(iso, iso, ParticipantKind.STATE, ParticipationStatus.PARTICIPANT, LISTED, null, NOW);
    }

    static Committee participationCommittee2003() {
        Committee pc = new Committee(CommitteeCode.PARTICIPATION_COMMITTEE);
        for (String iso : List.of("AO", "CA", "EU", "IL", "RU", "ZA", "US")) {
            pc.addParticipant(state(iso));
        }
        pc.addObserver(new Observer("Global Witness", ObserverKind.CIVIL_SOCIETY, LISTED));
        pc.addObserver(new Observer("World Diamond Council", ObserverKind.INDUSTRY, LISTED));
        return pc;
    }

    @Test
    void theParticipationCommitteeOf2003IsFullAtNine() {
        Committee pc = participationCommittee2003();
        assertEquals(9, pc.size());
        assertEquals("plenary.committee.error.tooManyParticipants",
                assertThrows(BusinessException.class, () -> pc.addParticipant(state("BW"))).getMessageKey());
        assertEquals("plenary.committee.error.observerSeatTaken", assertThrows(BusinessException.class,
                () -> pc.addObserver(new Observer("Partnership Africa Canada", ObserverKind.CIVIL_SOCIETY, LISTED)))
                .getMessageKey());
        assertEquals(9, pc.size());
    }

    @Test
    void onlyCivilSocietyAndIndustrySitOnTheParticipationCommittee() {
        Committee pc = new Committee(CommitteeCode.PARTICIPATION_COMMITTEE);
        assertEquals("plenary.committee.error.observerKind", assertThrows(BusinessException.class,
                () -> pc.addObserver(new Observer("Academy", ObserverKind.OTHER, LISTED))).getMessageKey());
        Committee monitoring = new Committee(CommitteeCode.MONITORING);
        monitoring.addObserver(new Observer("Academy", ObserverKind.OTHER, LISTED));
        for (String iso : List.of("AO", "CA", "EU", "IL", "RU", "ZA", "US", "BW")) {
            monitoring.addParticipant(state(iso));
        }
        assertEquals(9, monitoring.size(), "the rule of nine is the Participation Committee's only");
    }

    @Test
    void theChairIsAMemberParticipantInGoodStanding() {
        Committee c = new Committee(CommitteeCode.STATISTICS);
        Participant canada = state("CA");
        assertThrows(BusinessException.class, () -> c.appointChair(canada));
        c.addParticipant(canada);
        c.appointChair(canada);
        assertEquals(canada, c.getChair());
        c.removeParticipant(canada);
        assertNull(c.getChair());
        Participant suspended = state("ZW");
        suspended.changeStatus(ParticipationStatus.SUSPENDED, LISTED.plusDays(1), "ref", "reason", NOW);
        assertEquals("plenary.committee.error.notInGoodStanding",
                assertThrows(BusinessException.class, () -> c.addParticipant(suspended)).getMessageKey());
    }
}
