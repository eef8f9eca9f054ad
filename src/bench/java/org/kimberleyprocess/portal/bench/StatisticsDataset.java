package org.kimberleyprocess.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A realistic statistics dataset for the benchmark: {@code participants} Participants over twenty years (2007–2026, after the demonstration figures),
 * each quarter exporting to nine partners in the three HS codes, every export mirrored by the partner's import (one
 * pair in fifty differs by about 10%, so the mirror check finds something), and production by half-year: about
 * 380,000 lines for 85 Participants. The same every time (a fixed seed); lines in the import format, year by year.
 */
final class StatisticsDataset {

    static final String HEADER = "participant,year,period,flow,hs_code,partner,carats,value_usd,certificates";
    static final int FIRST_YEAR = 2007;
    static final int YEARS = 20;
    static final int PARTNERS = 9;
    private static final String[] HS = {"7102.10", "7102.21", "7102.31"};

    private StatisticsDataset() {
    }

    /** The lines of the dataset (without the header), for the Participants' codes given. */
    static List<String> lines(List<String> participants) {
        Random random = new Random(85);
        List<String> lines = new ArrayList<>();
        int n = participants.size();
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            for (int q = 1; q <= 4; q++) {
                for (int i = 0; i < n; i++) {
                    String from = participants.get(i);
                    for (int k = 1; k <= PARTNERS; k++) {
                        String to = participants.get((i + k * 7) % n);
                        if (to.equals(from)) {
                            continue;
                        }
                        for (String hs : HS) {
                            double carats = 500 + random.nextInt(200_000) + random.nextInt(100) / 100.0;
                            double value = carats * (20 + random.nextInt(300)) + random.nextInt(100) / 100.0;
                            int certificates = 1 + random.nextInt(40);
                            boolean differs = random.nextInt(50) == 0;
                            lines.add(line(from, y, "Q" + q, "EXPORT", hs, to, carats, value, certificates));
                            lines.add(line(to, y, "Q" + q, "IMPORT", hs, from, differs ? carats * 0.9 : carats,
                                    value, certificates));
                        }
                    }
                }
            }
            for (String p : participants) {
                for (String half : new String[] {"H1", "H2"}) {
                    for (String hs : HS) {
                        double carats = random.nextInt(3_000_000) + random.nextInt(100) / 100.0;
                        lines.add(line(p, y, half, "PRODUCTION", hs, null, carats, carats * (30 + random.nextInt(150)),
                                null));
                    }
                }
            }
        }
        // each return's lines together (Participant, year, period, flow), so that a file cut at a return's end
        // never splits one between two imports
        lines.sort(java.util.Comparator.comparing(StatisticsDataset::returnKey));
        return lines;
    }

    static String returnKey(String line) {
        String[] v = line.split(",", 5);
        return v[0] + "," + v[1] + "," + v[2] + "," + v[3];
    }

    /** The end of the return that line {@code from} belongs to: a cut there splits no return. */
    static int cutAfter(List<String> lines, int from) {
        int i = Math.min(from, lines.size());
        while (i > 0 && i < lines.size() && returnKey(lines.get(i)).equals(returnKey(lines.get(i - 1)))) {
            i++;
        }
        return i;
    }

    private static String line(String participant, int year, String period, String flow, String hs, String partner,
                               double carats, double value, Integer certificates) {
        return String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%s,%.2f,%.2f,%s", participant, year, period, flow, hs,
                partner == null ? "" : partner, carats, value, certificates == null ? "" : certificates);
    }
}
