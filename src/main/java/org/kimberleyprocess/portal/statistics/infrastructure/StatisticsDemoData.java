package org.kimberleyprocess.portal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.statistics.application.MirrorCheck;
import org.kimberleyprocess.portal.statistics.application.SchemeMemberships;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.Publications;
import org.kimberleyprocess.portal.statistics.domain.SchemeMembership;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLine;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLines;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturn;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturns;
import org.kimberleyprocess.portal.statistics.domain.StatisticsSettingsStore;

/**
 * The demonstration figures of 2004–2006 ({@link DemoStatistics}), submitted by the Participants except two drafts
 * of 2006 (Angola's exports of the fourth quarter, Zimbabwe's production of the second half-year); the mirror check
 * run on every quarter; 2004 and 2005 published, 2006 not; statistics due from 2004.
 */
@ApplicationScoped
public class StatisticsDemoData implements DemoData {

    static final String BY = "secretariat";

    @Inject
    private StatisticsReturns returns;

    @Inject
    private StatisticsLines lines;

    @Inject
    private Participants participants;

    @Inject
    private StatisticsSettingsStore settings;

    @Inject
    private Publications publications;

    @Inject
    private SchemeMemberships memberships;

    @Inject
    private MirrorCheck mirror;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String load(Instant now, String passwordHash) {
        settings.current().change(DemoStatistics.FIRST, 2, new BigDecimal("0.05"), new BigDecimal("0.5"),
                now.atZone(ZoneOffset.UTC).getYear());
        Set<String> codes = participants.all().stream().map(Participant::getIsoCode).collect(Collectors.toSet());
        List<StatisticsLine> all = DemoStatistics.lines(codes);
        Map<String, List<StatisticsLine>> byReturn = new LinkedHashMap<>();
        for (StatisticsLine l : all) {
            byReturn.computeIfAbsent(key(l.participant(), l.flow(), l.period()), k -> new ArrayList<>()).add(l);
        }
        // every Participant that reports in a year reports every flow and period: nothing traded is a nil return
        Set<String> reporting = all.stream().map(l -> l.participant() + " " + l.period().year())
                .collect(Collectors.toSet());
        for (String reporter : reporting) {
            String iso = reporter.substring(0, 2);
            int year = Integer.parseInt(reporter.substring(3));
            for (Flow flow : Flow.values()) {
                for (StatisticsPeriod period : StatisticsPeriod.ofYear(year, flow)) {
                    if (!DemoStatistics.omitted(iso, period)) {
                        byReturn.putIfAbsent(key(iso, flow, period), new ArrayList<>());
                    }
                }
            }
        }
        List<StatisticsReturn> created = new ArrayList<>();
        for (Map.Entry<String, List<StatisticsLine>> e : byReturn.entrySet()) {
            String[] k = e.getKey().split(" ");
            StatisticsPeriod period = new StatisticsPeriod(Integer.parseInt(k[2]), k[3]);
            StatisticsReturn r = new StatisticsReturn(k[0], Flow.valueOf(k[1]), period, BY, now);
            if (!draft(k[0], r.getFlow(), period)) {
                r.submit(e.getValue().size(), BY, now);
            }
            returns.add(r);
            created.add(r);
        }
        returns.flush();
        List<StatisticsLines.Batch> batches = new ArrayList<>();
        int i = 0;
        for (List<StatisticsLine> group : byReturn.values()) {
            StatisticsReturn r = created.get(i++);
            batches.add(new StatisticsLines.Batch(r.getId(), r.getCurrentRevision(), group, false));
        }
        SchemeMembership membership = memberships.now();
        lines.replace(batches, membership::outside);
        for (int y = DemoStatistics.FIRST; y <= DemoStatistics.LAST; y++) {
            StatisticsPeriod.ofYear(y, Flow.EXPORT).forEach(mirror::refresh);
        }
        publications.publish(2004, BY, now);
        publications.publish(2005, BY, now);
        return "statistics 2004–2006: " + all.size() + " lines in " + created.size() + " returns, 2004 and 2005"
                + " published";
    }

    private static String key(String iso, Flow flow, StatisticsPeriod period) {
        return iso + " " + flow + " " + period.year() + " " + period.code();
    }

    /** The returns of 2006 left as drafts. */
    static boolean draft(String iso, Flow flow, StatisticsPeriod period) {
        return (iso.equals("AO") && flow == Flow.EXPORT && period.equals(new StatisticsPeriod(2006, "Q4")))
                || (iso.equals("ZW") && flow == Flow.PRODUCTION && period.equals(new StatisticsPeriod(2006, "H2")));
    }
}
