package org.kimberleyprocess.portal.statistics.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who was within the Scheme when, from the registry's dated history: a trade partner is within it for a period if it
 * was a Participant on any day of the period (a member state of a regional organisation that is, through it).
 */
public final class SchemeMembership {

    /** A dated status: from {@code since}, a Participant or not. */
    public record Standing(LocalDate since, boolean participant) {
    }

    private final Map<String, List<Standing>> histories;
    private final Map<String, String> memberOf;

    /**
     * @param histories each code's standings in date order
     * @param memberStates each regional organisation's member states
     */
    public SchemeMembership(Map<String, List<Standing>> histories, Map<String, Set<String>> memberStates) {
        this.histories = Map.copyOf(histories);
        this.memberOf = new HashMap<>();
        memberStates.forEach((org, members) -> members.forEach(m -> memberOf.put(m, org)));
    }

    /** Whether the code was within the Scheme at any time in the period. */
    public boolean within(String iso, StatisticsPeriod period) {
        String code = memberOf.getOrDefault(iso, iso);
        List<Standing> history = histories.getOrDefault(code, List.of());
        boolean current = false;
        for (Standing s : history) {
            if (s.since().isAfter(period.lastDay())) {
                break;
            }
            if (!s.since().isAfter(period.firstDay())) {
                current = s.participant();
            } else if (s.participant()) {
                return true;
            }
        }
        return current;
    }

    /** The code that reports for a country: its regional organisation's for a member state, else its own. */
    public String reporterFor(String iso) {
        return memberOf.getOrDefault(iso, iso);
    }

    /** Whether the registry holds the code (as a state or regional organisation, whatever its status). */
    public boolean known(String iso) {
        return histories.containsKey(iso);
    }

    /** Whether a line reports trade with a partner outside the Scheme in its period. */
    public boolean outside(StatisticsLine line) {
        return line.flow().isTrade() && !within(line.partner(), line.period());
    }
}
