package org.kimberleyprocess.portal.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

class ChairOfficesTest {

    private static final Instant NOW = Instant.parse("2003-11-01T00:00:00Z");
    private static final LocalDate LISTED = LocalDate.of(2003, 10, 31);

    private static Participant state(String iso) {
        return new Participant(iso, iso, ParticipantKind.STATE, ParticipationStatus.PARTICIPANT, LISTED, null, NOW);
    }

    private final ChairOffices offices = new ChairOffices(List.of(
            new ChairTerm(2003, ChairOffice.CHAIR, state("ZA"), null),
            new ChairTerm(2004, ChairOffice.CHAIR, state("CA"), null),
            new ChairTerm(2004, ChairOffice.VICE_CHAIR, state("RU"), null)));

    @Test
    void theChairChangesOnTheFirstOfJanuaryByItself() {
        assertEquals("ZA", offices.holding(ChairOffice.CHAIR, LocalDate.of(2003, 12, 31)).orElseThrow()
                .term().getHolder().getIsoCode());
        ChairOffices.Holding newYear = offices.holding(ChairOffice.CHAIR, LocalDate.of(2004, 1, 1)).orElseThrow();
        assertEquals("CA", newYear.term().getHolder().getIsoCode());
        assertTrue(newYear.current());
    }

    @Test
    void withNoTermForTheYearTheLatestRecordedIsOfferedAsNotCurrent() {
        ChairOffices.Holding chair = offices.holding(ChairOffice.CHAIR, LocalDate.of(2026, 11, 27)).orElseThrow();
        assertEquals("CA", chair.term().getHolder().getIsoCode());
        assertEquals(2004, chair.term().getYear());
        assertFalse(chair.current());
        ChairOffices.Holding vice = offices.holding(ChairOffice.VICE_CHAIR, LocalDate.of(2026, 1, 1)).orElseThrow();
        assertEquals("RU", vice.term().getHolder().getIsoCode());
        assertFalse(vice.current());
    }

    @Test
    void beforeAnyTermThereIsNoHolder() {
        assertTrue(offices.holding(ChairOffice.VICE_CHAIR, LocalDate.of(2003, 6, 1)).isEmpty());
    }

    @Test
    void theViceChairSelectedForAYearIsChairTheYearAfter() {
        Participant botswana = state("BW");
        List<ChairTerm> terms = offices.selectViceChair(2030, botswana, "Plenary 2029");
        assertEquals(2, terms.size());
        ChairOffices later = new ChairOffices(terms);
        assertEquals("BW", later.holding(ChairOffice.VICE_CHAIR, LocalDate.of(2030, 6, 1)).orElseThrow()
                .term().getHolder().getIsoCode());
        ChairOffices.Holding chair2031 = later.holding(ChairOffice.CHAIR, LocalDate.of(2031, 1, 1)).orElseThrow();
        assertEquals("BW", chair2031.term().getHolder().getIsoCode());
        assertTrue(chair2031.current());
    }

    @Test
    void onlyAParticipantInGoodStandingCanBeSelectedAndOnlyOnce() {
        Participant suspended = state("ZW");
        suspended.changeStatus(ParticipationStatus.SUSPENDED, LISTED.plusDays(1), "ref", "reason", NOW);
        assertEquals("registry.chairs.error.notInGoodStanding", assertThrows(
                BusinessException.class,
                () -> offices.selectViceChair(2030, suspended, "x")).getMessageKey());
        assertEquals("registry.chairs.error.taken", assertThrows(
                BusinessException.class,
                () -> offices.selectViceChair(2004, state("BW"), "x")).getMessageKey());
        assertEquals("registry.chairs.error.taken", assertThrows(
                BusinessException.class,
                () -> offices.selectViceChair(2003, state("BW"), "x")).getMessageKey(),
                "the Chair of 2004 is already recorded");
    }

    @Test
    void theSchemeHasChairsFrom2003() {
        assertThrows(BusinessException.class, () -> new ChairTerm(2002, ChairOffice.CHAIR, state("ZA"), null));
    }
}
