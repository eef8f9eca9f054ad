package org.kimberleyprocess.portal.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

class StatisticsDomainTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    @Test
    void aReturnIsReplacedWhileADraftThenChangesOnlyByARevisionWithAReason() {
        StatisticsReturn r = new StatisticsReturn("BW", Flow.EXPORT, new StatisticsPeriod(2010, "Q1"), "focal.bw", NOW);
        assertEquals(ReturnStatus.DRAFT, r.getStatus());
        assertEquals(1, r.replaceLines(null, 3, "focal.bw", NOW), "a draft keeps its revision");
        r.submit(3, "focal.bw", NOW);
        assertEquals(ReturnStatus.SUBMITTED, r.getStatus());
        BusinessException noReason = assertThrows(BusinessException.class, () -> r.replaceLines(" ", 3, "x", NOW));
        assertEquals("statistics.error.reasonRequired", noReason.getMessageKey());
        assertThrows(BusinessException.class, () -> r.submit(3, "focal.bw", NOW));
        assertEquals(2, r.replaceLines("Customs corrected parcel 12", 4, "focal.bw", NOW));
        assertEquals(List.of(1, 2), r.getRevisions().stream().map(StatisticsRevision::getRevision).toList());
        assertEquals("Customs corrected parcel 12", r.getRevisions().get(1).getReason().orElseThrow());
        assertThrows(IllegalArgumentException.class,
                () -> new StatisticsReturn("BW", Flow.PRODUCTION, new StatisticsPeriod(2010, "Q1"), "x", NOW));
    }

    @Test
    void aPartnerIsWithinTheSchemeIfItWasAParticipantOnAnyDayOfThePeriodAndMemberStatesThroughTheirOrganisation() {
        SchemeMembership m = new SchemeMembership(Map.of(
                "BW", List.of(new SchemeMembership.Standing(LocalDate.of(2003, 10, 31), true)),
                "CG", List.of(new SchemeMembership.Standing(LocalDate.of(2003, 10, 31), true),
                        new SchemeMembership.Standing(LocalDate.of(2004, 7, 9), false),
                        new SchemeMembership.Standing(LocalDate.of(2007, 11, 8), true)),
                "EU", List.of(new SchemeMembership.Standing(LocalDate.of(2003, 10, 31), true))),
                Map.of("EU", Set.of("BE", "DE")));
        assertTrue(m.within("BW", new StatisticsPeriod(2004, "Q1")));
        assertTrue(m.within("CG", new StatisticsPeriod(2004, "Q3")), "removed on 9 July, a Participant before");
        assertFalse(m.within("CG", new StatisticsPeriod(2005, "Q2")));
        assertTrue(m.within("CG", new StatisticsPeriod(2007, "Q4")), "back on 8 November");
        assertTrue(m.within("BE", new StatisticsPeriod(2005, "Q2")), "through the European Community");
        assertFalse(m.within("LR", new StatisticsPeriod(2005, "Q2")));
        assertFalse(m.within("BW", new StatisticsPeriod(2003, "Q3")), "before the Scheme began");
        assertEquals("EU", m.reporterFor("DE"));
    }

    @Test
    void aDiscrepancyFollowsItsFiguresOpenClosedResolvedAndOpenAgain() {
        MirrorFigures apart = figures("1000", "500000", "900", "500000");
        assertEquals(new BigDecimal("0.1000"), apart.difference());
        assertTrue(apart.beyond(FIVE_PERCENT));
        assertFalse(figures("1000", "500000", "960", "490000").beyond(FIVE_PERCENT), "4% and 2%");

        Discrepancy d = new Discrepancy("ZA", "CA", HsCode.NON_INDUSTRIAL, new StatisticsPeriod(2015, "Q1"), apart,
                NOW);
        assertThrows(BusinessException.class, () -> d.close(" ", "focal.ca", NOW), "an explanation is needed");
        d.comment("focal.za", "Parcel 7 arrived on 2 April", NOW);
        d.close("Counted in the next quarter", "focal.ca", NOW);
        assertEquals(DiscrepancyStatus.CLOSED, d.getStatus());
        d.follow(apart, FIVE_PERCENT, NOW);
        assertEquals(DiscrepancyStatus.CLOSED, d.getStatus(), "the same figures stay explained");
        d.follow(figures("1000", "500000", "800", "500000"), FIVE_PERCENT, NOW);
        assertEquals(DiscrepancyStatus.OPEN, d.getStatus(), "other figures need another look");
        d.follow(figures("1000", "500000", "1000", "500000"), FIVE_PERCENT, NOW);
        assertEquals(DiscrepancyStatus.RESOLVED, d.getStatus());
        assertThrows(BusinessException.class, () -> d.close("x", "focal.ca", NOW), "only an open item closes");
        assertEquals(1, d.getComments().size());
    }

    @Test
    void settingsKeepTheirRangesAndSayWhenAReturnFallsDue() {
        StatisticsSettings s = new StatisticsSettings(2004);
        assertEquals(LocalDate.of(2005, 5, 31), s.dueOn(new StatisticsPeriod(2005, "Q1")));
        assertEquals(LocalDate.of(2006, 2, 28), s.dueOn(new StatisticsPeriod(2005, "H2")));
        assertThrows(BusinessException.class, () -> s.change(2002, 2, FIVE_PERCENT, BigDecimal.ONE, 2026));
        assertThrows(BusinessException.class, () -> s.change(2004, 2, BigDecimal.ONE, BigDecimal.ONE, 2026));
        s.change(2004, 3, new BigDecimal("0.1"), new BigDecimal("0.25"), 2026);
        assertEquals(LocalDate.of(2005, 6, 30), s.dueOn(new StatisticsPeriod(2005, "Q1")));
    }

    private static MirrorFigures figures(String ec, String ev, String ic, String iv) {
        return new MirrorFigures(new BigDecimal(ec), new BigDecimal(ev), new BigDecimal(ic), new BigDecimal(iv));
    }
}
