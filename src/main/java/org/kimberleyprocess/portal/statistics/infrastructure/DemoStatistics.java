package org.kimberleyprocess.portal.statistics.infrastructure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.kimberleyprocess.portal.statistics.application.DemonstrationYears;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLine;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;

/**
 * Demonstration figures for 2004–2006, close to the Scheme's published orders of magnitude but not its data:
 * production of the main producers by half-year; their exports by quarter to the trading centres, which import the
 * same (each export mirrored by the partner's import) and trade among themselves; small imports of the other
 * Participants. Made on purpose: three mirror discrepancies (Botswana–European Community 2005 Q2, Democratic
 * Republic of the Congo–United Arab Emirates 2006 Q1, Russian Federation–India 2004 Q4), one export to a country
 * outside the Scheme (Sierra Leone to Liberia, 2005 Q3), returns missing in 2006 (Venezuela's, the Central African
 * Republic's second half-year, Lao PDR's last two quarters). The same every time (a fixed seed).
 */
public final class DemoStatistics {

    public static final int FIRST = DemonstrationYears.FIRST;
    public static final int LAST = DemonstrationYears.LAST;

    /** Producers: carats and US dollars a year, 2004, 2005, 2006; the share of gem quality. */
    private record Producer(String iso, double[] carats, double[] usd, double gem) {
    }

    private static final List<Producer> PRODUCERS = List.of(
            new Producer("RU", new double[] {40.0e6, 38.0e6, 38.4e6}, new double[] {2.50e9, 2.60e9, 2.52e9}, 0.55),
            new Producer("BW", new double[] {31.1e6, 31.9e6, 34.3e6}, new double[] {2.95e9, 3.30e9, 3.20e9}, 0.70),
            new Producer("AU", new double[] {20.7e6, 30.9e6, 29.2e6}, new double[] {0.42e9, 0.53e9, 0.45e9}, 0.20),
            new Producer("CD", new double[] {28.9e6, 35.8e6, 28.9e6}, new double[] {0.86e9, 0.90e9, 0.70e9}, 0.25),
            new Producer("ZA", new double[] {14.3e6, 15.8e6, 15.2e6}, new double[] {1.36e9, 1.63e9, 1.36e9}, 0.60),
            new Producer("CA", new double[] {12.6e6, 12.3e6, 13.3e6}, new double[] {2.10e9, 1.72e9, 1.61e9}, 0.80),
            new Producer("AO", new double[] {6.2e6, 7.1e6, 9.2e6}, new double[] {0.79e9, 1.09e9, 1.15e9}, 0.85),
            new Producer("NA", new double[] {2.0e6, 1.9e6, 2.4e6}, new double[] {0.73e9, 0.63e9, 1.00e9}, 0.95),
            new Producer("SL", new double[] {0.69e6, 0.67e6, 0.60e6}, new double[] {0.13e9, 0.14e9, 0.12e9}, 0.85),
            new Producer("GN", new double[] {0.56e6, 0.55e6, 0.50e6}, new double[] {0.05e9, 0.05e9, 0.04e9}, 0.70),
            new Producer("CF", new double[] {0.35e6, 0.38e6, 0.42e6}, new double[] {0.05e9, 0.06e9, 0.06e9}, 0.75),
            new Producer("GY", new double[] {0.44e6, 0.36e6, 0.34e6}, new double[] {0.05e9, 0.04e9, 0.05e9}, 0.80),
            new Producer("TZ", new double[] {0.30e6, 0.22e6, 0.27e6}, new double[] {0.03e9, 0.03e9, 0.03e9}, 0.70),
            new Producer("ZW", new double[] {0.05e6, 0.27e6, 1.00e6}, new double[] {0.003e9, 0.03e9, 0.04e9}, 0.40),
            new Producer("BR", new double[] {0.30e6, 0.28e6, 0.25e6}, new double[] {0.05e9, 0.05e9, 0.04e9}, 0.70));

    /** Where producers sell, and the share each takes. */
    private static final Map<String, Double> CENTRES = new LinkedHashMap<>();

    static {
        CENTRES.put("EU", 0.50);
        CENTRES.put("IN", 0.15);
        CENTRES.put("IL", 0.10);
        CENTRES.put("AE", 0.10);
        CENTRES.put("CH", 0.08);
        CENTRES.put("US", 0.07);
    }

    /** Participants that only import a little from the European Community (cutting and jewellery). */
    private static final List<String> BUYERS = List.of("AM", "BY", "CN", "TH", "JP", "KR", "LK", "MU", "VN", "UA",
            "HU", "PL", "SI", "BG", "RO", "HR", "LB", "MY", "LA", "VE", "CI", "CG", "LS", "TG", "AU");

    private final Random random = new Random(2004);
    private final Map<StatisticsLine.Key, StatisticsLine> lines = new LinkedHashMap<>();
    private final Set<String> participants;

    private DemoStatistics(Set<String> participants) {
        this.participants = participants;
    }

    /** The figures of the Participants in {@code participants} (codes the registry holds), 2004–2006. */
    public static List<StatisticsLine> lines(Set<String> participants) {
        DemoStatistics d = new DemoStatistics(participants);
        d.make();
        return d.lines.values().stream().filter(omitted().negate()).toList();
    }

    /** The lines of the returns left out on purpose. */
    static Predicate<StatisticsLine> omitted() {
        return l -> omitted(l.participant(), l.period());
    }

    /** The returns left out on purpose (the failure to provide data). */
    public static boolean omitted(String iso, StatisticsPeriod period) {
        return (iso.equals("VE") && period.year() == 2006)
                || (iso.equals("CF") && period.equals(new StatisticsPeriod(2006, "H2")))
                || (iso.equals("LA") && period.year() == 2006
                        && (period.code().equals("Q3") || period.code().equals("Q4")));
    }

    private void make() {
        for (int y = FIRST; y <= LAST; y++) {
            int i = y - FIRST;
            Map<String, double[]> centreIntake = new LinkedHashMap<>();
            for (Producer p : PRODUCERS) {
                if (!participants.contains(p.iso())) {
                    continue;
                }
                for (String half : List.of("H1", "H2")) {
                    double c = p.carats()[i] / 2 * vary(0.03);
                    double v = p.usd()[i] / 2 * vary(0.03);
                    put(p.iso(), y, half, Flow.PRODUCTION, HsCode.NON_INDUSTRIAL, null, c * p.gem(), v * 0.92, null);
                    put(p.iso(), y, half, Flow.PRODUCTION, HsCode.INDUSTRIAL, null, c * (1 - p.gem()), v * 0.08,
                            null);
                }
                for (int q = 1; q <= 4; q++) {
                    String quarter = "Q" + q;
                    double c = p.carats()[i] * 0.95 / 4 * vary(0.05);
                    double v = p.usd()[i] * 1.02 / 4 * vary(0.05);
                    for (Map.Entry<String, Double> centre : CENTRES.entrySet()) {
                        String to = centre.getKey();
                        if (to.equals(p.iso()) || !participants.contains(to)) {
                            continue;
                        }
                        double share = centre.getValue() * vary(0.10);
                        trade(p.iso(), to, y, quarter, HsCode.NON_INDUSTRIAL, c * share * p.gem(), v * share * 0.92);
                        trade(p.iso(), to, y, quarter, HsCode.INDUSTRIAL, c * share * (1 - p.gem()),
                                v * share * 0.08);
                        double[] intake = centreIntake.computeIfAbsent(to + quarter, k -> new double[2]);
                        intake[0] += c * share;
                        intake[1] += v * share;
                    }
                }
            }
            // the trading centres sell on among themselves about half of what they bought
            for (String from : CENTRES.keySet()) {
                for (int q = 1; q <= 4; q++) {
                    double[] intake = centreIntake.getOrDefault(from + "Q" + q, new double[2]);
                    for (String to : CENTRES.keySet()) {
                        if (to.equals(from) || !participants.contains(from) || !participants.contains(to)) {
                            continue;
                        }
                        double share = 0.5 / (CENTRES.size() - 1) * vary(0.2);
                        trade(from, to, y, "Q" + q, HsCode.NON_INDUSTRIAL, intake[0] * share * 0.8,
                                intake[1] * share * 1.08 * 0.95);
                    }
                }
                if (participants.contains(from) && PRODUCERS.stream().noneMatch(p -> p.iso().equals(from))) {
                    for (String half : List.of("H1", "H2")) {
                        put(from, y, half, Flow.PRODUCTION, HsCode.UNSORTED, null, 0, 0, null);
                    }
                }
            }
            for (String buyer : BUYERS) {
                if (!participants.contains(buyer) || !participants.contains("EU")) {
                    continue;
                }
                for (int q = 1; q <= 4; q++) {
                    double c = 8000 + random.nextInt(40000);
                    trade("EU", buyer, y, "Q" + q, HsCode.NON_INDUSTRIAL, c, c * (120 + random.nextInt(160)));
                }
                if (PRODUCERS.stream().noneMatch(p -> p.iso().equals(buyer))) {
                    for (String half : List.of("H1", "H2")) {
                        put(buyer, y, half, Flow.PRODUCTION, HsCode.UNSORTED, null, 0, 0, null);
                    }
                }
            }
        }
        made();
    }

    /** The differences made on purpose. */
    private void made() {
        adjust("EU", "BW", 2005, "Q2", HsCode.NON_INDUSTRIAL, 0.92, 1.0);
        adjust("AE", "CD", 2006, "Q1", HsCode.NON_INDUSTRIAL, 1.0, 1.20);
        adjust("IN", "RU", 2004, "Q4", HsCode.NON_INDUSTRIAL, 0.94, 0.97);
        if (participants.contains("SL")) {
            put("SL", 2005, "Q3", Flow.EXPORT, HsCode.NON_INDUSTRIAL, "LR", 412.5, 61875, 1);
        }
    }

    /** Changes the importer's side of one pair. */
    private void adjust(String importer, String exporter, int year, String quarter, HsCode hs, double carats,
                        double value) {
        StatisticsLine.Key key = new StatisticsLine.Key(importer, new StatisticsPeriod(year, quarter), Flow.IMPORT,
                hs, exporter);
        StatisticsLine l = lines.get(key);
        if (l != null) {
            lines.put(key, new StatisticsLine(l.participant(), l.period(), l.flow(), l.hsCode(), l.partner(),
                    money(l.carats().doubleValue() * carats), money(l.valueUsd().doubleValue() * value),
                    l.certificates()));
        }
    }

    /** An export and its mirror import, with the certificates a parcel of that size would need. */
    private void trade(String from, String to, int year, String quarter, HsCode hs, double carats, double value) {
        int certificates = Math.max(1, (int) Math.round(value / 2.5e6));
        put(from, year, quarter, Flow.EXPORT, hs, to, carats, value, certificates);
        put(to, year, quarter, Flow.IMPORT, hs, from, carats, value, certificates);
    }

    private void put(String iso, int year, String code, Flow flow, HsCode hs, String partner, double carats,
                     double value, Integer certificates) {
        StatisticsLine line = new StatisticsLine(iso, new StatisticsPeriod(year, code), flow, hs, partner,
                money(carats), money(value), certificates);
        StatisticsLine before = lines.get(line.key());
        if (before != null) {
            line = new StatisticsLine(iso, line.period(), flow, hs, partner, before.carats().add(line.carats()),
                    before.valueUsd().add(line.valueUsd()), certificates == null ? null
                            : before.certificates() + certificates);
        }
        lines.put(line.key(), line);
    }

    private double vary(double by) {
        return 1 + (random.nextDouble() * 2 - 1) * by;
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
