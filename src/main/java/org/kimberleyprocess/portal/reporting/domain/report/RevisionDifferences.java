package org.kimberleyprocess.portal.reporting.domain.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two submissions of a report: the questions whose answer or KP-only mark differs. */
public final class RevisionDifferences {

    private RevisionDifferences() {
    }

    /** The codes of the questions answered differently (added, removed or changed), in the later order. */
    public static List<String> changed(List<SubmittedAnswer> earlier, List<SubmittedAnswer> later) {
        Map<String, SubmittedAnswer> before = byQuestion(earlier);
        Map<String, SubmittedAnswer> after = byQuestion(later);
        Set<String> codes = new LinkedHashSet<>(after.keySet());
        codes.addAll(before.keySet());
        return codes.stream().filter(c -> !Objects.equals(before.get(c), after.get(c))).toList();
    }

    private static Map<String, SubmittedAnswer> byQuestion(List<SubmittedAnswer> answers) {
        Map<String, SubmittedAnswer> map = new LinkedHashMap<>();
        answers.forEach(a -> map.put(a.question(), a));
        return map;
    }
}
