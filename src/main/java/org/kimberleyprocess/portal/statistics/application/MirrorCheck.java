package org.kimberleyprocess.portal.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.kimberleyprocess.portal.statistics.domain.Discrepancies;
import org.kimberleyprocess.portal.statistics.domain.Discrepancy;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.MirrorFigures;
import org.kimberleyprocess.portal.statistics.domain.ReturnStatus;
import org.kimberleyprocess.portal.statistics.domain.SchemeMembership;
import org.kimberleyprocess.portal.statistics.domain.StatisticsFigures;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturn;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturns;
import org.kimberleyprocess.portal.statistics.domain.StatisticsSettingsStore;

/**
 * Mirror statistics of one quarter: each exporter's exports to an importer against the importer's imports from it,
 * by HS code, once both have submitted the quarter's return of that flow. A pair beyond the tolerance in force
 * becomes an item (or keeps its item, which follows the figures); an item whose figures now agree is resolved.
 * Runs in the caller's transaction, after every submission and revision of trade.
 */
@ApplicationScoped
public class MirrorCheck {

    @Inject
    private StatisticsFigures figures;

    @Inject
    private StatisticsReturns returns;

    @Inject
    private Discrepancies discrepancies;

    @Inject
    private StatisticsSettingsStore settings;

    @Inject
    private SchemeMemberships memberships;

    @Inject
    private Clock clock;

    private record Key(String exporter, String importer, HsCode hsCode) {
    }

    public void refresh(StatisticsPeriod quarter) {
        BigDecimal tolerance = settings.current().getMirrorTolerance();
        SchemeMembership membership = memberships.now();
        Set<String> exported = new HashSet<>();
        Set<String> imported = new HashSet<>();
        for (StatisticsReturn r : returns.onYear(quarter.year())) {
            if (r.getPeriod().equals(quarter) && r.getStatus() == ReturnStatus.SUBMITTED) {
                (r.getFlow() == Flow.EXPORT ? exported : imported).add(r.getParticipantIso());
            }
        }
        Map<Key, BigDecimal[]> sides = new HashMap<>();
        for (StatisticsFigures.PairTotal t : figures.trade(quarter, Flow.EXPORT)) {
            add(sides, new Key(t.participant(), membership.reporterFor(t.partner()), t.hsCode()), 0, t);
        }
        for (StatisticsFigures.PairTotal t : figures.trade(quarter, Flow.IMPORT)) {
            add(sides, new Key(membership.reporterFor(t.partner()), t.participant(), t.hsCode()), 2, t);
        }
        Map<Key, Discrepancy> items = new HashMap<>();
        for (Discrepancy d : discrepancies.of(quarter.year(), quarter.code())) {
            items.put(new Key(d.getExporterIso(), d.getImporterIso(), d.getHsCode()), d);
        }
        Instant now = clock.instant();
        for (Map.Entry<Key, BigDecimal[]> e : sides.entrySet()) {
            Key k = e.getKey();
            if (!exported.contains(k.exporter()) || !imported.contains(k.importer()) || !membership.known(k.exporter())
                    || !membership.known(k.importer())) {
                continue;
            }
            BigDecimal[] v = e.getValue();
            MirrorFigures found = new MirrorFigures(v[0], v[1], v[2], v[3]);
            Discrepancy item = items.remove(k);
            if (item != null) {
                item.follow(found, tolerance, now);
            } else if (found.beyond(tolerance)) {
                discrepancies.add(new Discrepancy(k.exporter(), k.importer(), k.hsCode(), quarter, found, now));
            }
        }
        // an item whose pair no longer reports anything, or no longer has both returns submitted, agrees now
        MirrorFigures none = new MirrorFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        items.values().forEach(d -> d.follow(none, tolerance, now));
    }

    private static void add(Map<Key, BigDecimal[]> sides, Key key, int at, StatisticsFigures.PairTotal t) {
        BigDecimal[] v = sides.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
        v[at] = v[at].add(t.carats());
        v[at + 1] = v[at + 1].add(t.valueUsd());
    }
}
