package org.kimberleyprocess.portal.statistics.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.limits.HeavyWork;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.statistics.application.StatisticsFile.Problem;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.ReturnStatus;
import org.kimberleyprocess.portal.statistics.domain.SchemeMembership;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLine;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLines;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturn;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturns;

/**
 * Bringing figures in, from a file (CSV or Excel) or a period's grid, all or nothing: every line is checked first;
 * if any is bad, nothing is stored and every problem is returned. A draft's lines are replaced; a submitted
 * period's change only as a revision with a reason. A focal point brings figures for its own Participant only; the
 * Secretariat and the Working Group on Statistics for any the registry holds.
 */
@Stateless
@RolesAllowed({Role.FOCAL_POINT_NAME, Role.SECRETARIAT_NAME, Role.STATISTICS_NAME})
public class StatisticsImports {

    @Inject
    private Caller caller;

    @Inject
    private StatisticsReturns returns;

    @Inject
    private StatisticsLines lines;

    @Inject
    private Participants participants;

    @Inject
    private SchemeMemberships memberships;

    @Inject
    private MirrorCheck mirror;

    @Inject
    private Clock clock;

    @Inject
    private HeavyWork heavyWork;

    @Inject
    private Event<Audited> audit;

    /**
     * Imports a file. {@code reason} is required when the file changes a submitted period (it makes a revision);
     * {@code submit} submits every draft period the file holds. Imports take turns ({@link HeavyWork}): one that
     * finds no free turn is refused as busy.
     */
    public ImportSummary importFile(byte[] content, String reason, boolean submit) {
        return heavyWork.run(() -> store(StatisticsFile.read(content, refusals()), reason, submit,
                "STATISTICS_IMPORTED"));
    }

    /** Stores a period's grid (rows of column values, numbered from 1) with the same rules as a file. */
    public ImportSummary saveRows(List<Map<String, String>> rows, String reason, boolean submit) {
        return store(StatisticsFile.read(rows, refusals()), reason, submit, "STATISTICS_ENTERED");
    }

    private ImportSummary store(StatisticsFile file, String reason, boolean submit, String action) {
        if (!file.isAccepted()) {
            throw new StatisticsImportRejected(file.problems(), file.uncheckedLines());
        }
        Map<Target, List<StatisticsLine>> byReturn = new LinkedHashMap<>();
        for (StatisticsLine line : file.lines()) {
            byReturn.computeIfAbsent(new Target(line.participant(), line.flow(), line.period()),
                    t -> new ArrayList<>()).add(line);
        }
        String by = caller.name();
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        int submitted = 0;
        int revised = 0;
        Map<Target, StatisticsReturn> stored = new HashMap<>();
        for (StatisticsReturn r : returns.forChange(byReturn.keySet().stream().map(Target::participant)
                .collect(Collectors.toSet()), byReturn.keySet().stream().map(t -> t.period().year())
                .collect(Collectors.toSet()))) {
            stored.put(new Target(r.getParticipantIso(), r.getFlow(), r.getPeriod()), r);
        }
        for (Map.Entry<Target, List<StatisticsLine>> e : byReturn.entrySet()) {
            Target t = e.getKey();
            int count = e.getValue().size();
            Optional<StatisticsReturn> found = Optional.ofNullable(stored.get(t));
            StatisticsReturn r = found.orElseGet(() -> {
                StatisticsReturn created = new StatisticsReturn(t.participant(), t.flow(), t.period(), by, now);
                returns.add(created);
                return created;
            });
            if (r.getStatus() == ReturnStatus.SUBMITTED && (reason == null || reason.isBlank())) {
                problems.add(new Problem(file.lineOf(e.getValue().get(0)), "period",
                        "statistics.import.error.submitted", List.of(t.participant(), t.flow().name(),
                                t.period().toString())));
                continue;
            }
            boolean wasSubmitted = r.getStatus() == ReturnStatus.SUBMITTED;
            int revision = r.replaceLines(reason, count, by, now);
            if (wasSubmitted) {
                revised++;
            } else if (submit) {
                r.submit(count, by, now);
                submitted++;
            }
            // a draft's lines are replaced; a revision's go under a new number, where nothing is stored yet
            pending.add(new Pending(r, revision, e.getValue(), found.isPresent() && !wasSubmitted));
        }
        if (!problems.isEmpty()) {
            throw new StatisticsImportRejected(problems);
        }
        returns.flush();
        SchemeMembership membership = memberships.now();
        lines.replace(pending.stream().map(p -> new StatisticsLines.Batch(p.r().getId(), p.revision(), p.lines(),
                p.existed())).toList(), membership::outside);
        pending.stream().map(Pending::r).filter(r -> r.getFlow().isTrade() && r.getStatus() == ReturnStatus.SUBMITTED)
                .map(StatisticsReturn::getPeriod).distinct().forEach(mirror::refresh);
        int outside = (int) file.lines().stream().filter(membership::outside).count();
        ImportSummary summary = new ImportSummary(pending.size(), file.lines().size(), submitted, revised, outside);
        List<String> whose = byReturn.keySet().stream().map(Target::participant).distinct().sorted().toList();
        // the audit's key names at most twenty Participants (a file for many would not fit)
        String key = whose.size() <= 20 ? String.join(",", whose)
                : String.join(",", whose.subList(0, 20)) + ",… (" + whose.size() + ")";
        audit.fire(new Audited(action, "StatisticsReturn", key, summary.toString()));
        return summary;
    }

    /** The caller's refusals, each Participant's asked once per file (a file names few, on many lines). */
    private StatisticsFile.Importer refusals() {
        Map<String, Optional<String>> asked = new HashMap<>();
        return participant -> asked.computeIfAbsent(participant, this::refusal);
    }

    /** Why the caller may not bring figures for a Participant, if it may not. */
    private Optional<String> refusal(String participant) {
        if (caller.isIn(StatisticsService.OVERSEERS)) {
            return participants.byIso(participant).isPresent() ? Optional.empty()
                    : Optional.of("statistics.import.error.unknownParticipant");
        }
        return caller.actsFor(participant) ? Optional.empty()
                : Optional.of("statistics.import.error.notYours");
    }

    private record Target(String participant, Flow flow, StatisticsPeriod period) {
    }

    private record Pending(StatisticsReturn r, int revision, List<StatisticsLine> lines, boolean existed) {
    }
}
