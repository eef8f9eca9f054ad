package org.kimberleyprocess.portal.statistics.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.statistics.domain.Discrepancies;
import org.kimberleyprocess.portal.statistics.domain.Discrepancy;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.Publications;
import org.kimberleyprocess.portal.statistics.domain.ReturnStatus;
import org.kimberleyprocess.portal.statistics.domain.SchemeMembership;
import org.kimberleyprocess.portal.statistics.domain.StatisticsFigures;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLines;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturn;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturns;
import org.kimberleyprocess.portal.statistics.domain.StatisticsSettings;
import org.kimberleyprocess.portal.statistics.domain.StatisticsSettingsStore;

/**
 * The quality of the statistics: returns missing past their due date (the failure to provide data), anomalies, and
 * the mirror discrepancies, which both Participants and the Working Group comment on and close. The Secretariat and
 * the Working Group on Statistics see every Participant's; a focal point its own Participant's; the public the
 * mirror items of published years only.
 */
@Stateless
@RolesAllowed({Role.FOCAL_POINT_NAME, Role.SECRETARIAT_NAME, Role.STATISTICS_NAME})
public class StatisticsQuality {

    @Inject
    private Caller caller;

    @Inject
    private StatisticsReturns returns;

    @Inject
    private StatisticsFigures figures;

    @Inject
    private StatisticsLines lines;

    @Inject
    private Discrepancies discrepancies;

    @Inject
    private Publications publications;

    @Inject
    private StatisticsSettingsStore settings;

    @Inject
    private SchemeMemberships memberships;

    @Inject
    private Participants participants;

    @Inject
    private UserAccounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /**
     * A year's mirror discrepancies (of one quarter, or of every quarter when {@code quarter} is null) whose
     * difference exceeds {@code tolerance} (a fraction; null: every item stored at the tolerance in force).
     */
    @PermitAll
    public List<DiscrepancyView> mirror(int year, String quarter, BigDecimal tolerance) {
        Predicate<String[]> visible = visiblePairs(year);
        return discrepancies.listing(year, quarter).stream()
                .filter(d -> visible.test(new String[] {d.exporterIso(), d.importerIso()}))
                .filter(d -> tolerance == null || d.difference().compareTo(tolerance) > 0)
                .map(d -> new DiscrepancyView(d.id(), d.exporterIso(), d.importerIso(), d.hsCode(), d.year(),
                        d.quarter(), d.figures().exportedCarats(), d.figures().exportedValue(),
                        d.figures().importedCarats(), d.figures().importedValue(), d.difference(), d.status(),
                        d.explanation(), d.foundAt(), d.comments(), List.of())).toList();
    }

    /**
     * One item with its comments and their authors: for the Secretariat, the Working Group on Statistics and focal
     * points (as its page), never the public or Observers, even for a published year.
     */
    public DiscrepancyView discrepancy(long id) {
        Discrepancy d = discrepancies.byId(id).orElseThrow(() -> new NotFoundException("Discrepancy", id));
        if (!visibleItems(d.getQuarter().year()).test(d)) {
            throw new NotFoundException("Discrepancy", id);
        }
        return view(d);
    }

    /** Comments on an item: one of its two Participants' focal points, the Secretariat, the Working Group. */
    public DiscrepancyView comment(long id, String text) {
        Discrepancy d = changeable(id);
        d.comment(caller.name(), text, clock.instant());
        return view(d);
    }

    /** Closes an open item with the explanation of the difference. */
    public DiscrepancyView close(long id, String explanation) {
        Discrepancy d = changeable(id);
        d.close(explanation, caller.name(), clock.instant());
        audit.fire(new Audited("MIRROR_CLOSED", "Discrepancy", String.valueOf(id), explanation));
        return view(d);
    }

    /**
     * The year's trade with partners that were not Participants in the period (the Scheme's core rule broken, as
     * reported): every Participant's for the Secretariat and the Working Group, a focal point's own.
     */
    public List<OutsideTradeView> outsideScheme(int year) {
        Optional<String> own = caller.isIn(StatisticsService.OVERSEERS) ? Optional.empty() : Optional.of(caller.ownParticipant());
        return lines.outsideScheme(year).stream().filter(t -> own.map(t.participant()::equals).orElse(true))
                .map(t -> new OutsideTradeView(t.participant(), t.flow(), t.period().code(), t.hsCode().code(),
                        t.partner(), t.carats(), t.valueUsd(), t.status())).toList();
    }

    /** The returns of a year not submitted by their due date, by Participant. */
    public List<MissingReturn> missing(int year) {
        StatisticsSettings s = settings.current();
        LocalDate today = LocalDate.now(clock);
        if (year < s.getFirstYear()) {
            return List.of();
        }
        Set<String> submitted = new HashSet<>();
        for (StatisticsReturn r : returns.onYear(year)) {
            if (r.getStatus() == ReturnStatus.SUBMITTED) {
                submitted.add(r.getParticipantIso() + r.getFlow() + r.getPeriod().code());
            }
        }
        SchemeMembership membership = memberships.now();
        Optional<String> own = caller.isIn(StatisticsService.OVERSEERS) ? Optional.empty() : Optional.of(caller.ownParticipant());
        List<MissingReturn> missing = new ArrayList<>();
        for (Participant p : participants.all()) {
            if (own.isPresent() && !own.get().equals(p.getIsoCode())) {
                continue;
            }
            for (Flow flow : Flow.values()) {
                for (StatisticsPeriod period : StatisticsPeriod.ofYear(year, flow)) {
                    LocalDate due = s.dueOn(period);
                    if (due.isBefore(today) && membership.within(p.getIsoCode(), period)
                            && !submitted.contains(p.getIsoCode() + flow + period.code())) {
                        missing.add(new MissingReturn(p.getIsoCode(), flow, period.code(), due,
                                ChronoUnit.DAYS.between(due, today)));
                    }
                }
            }
        }
        missing.sort(Comparator.comparing(MissingReturn::participant).thenComparing(MissingReturn::flow)
                .thenComparing(MissingReturn::period));
        return missing;
    }

    /**
     * A year's anomalies: value per carat beyond the bound against the Participant's own last four periods of the
     * flow, volume beyond the bound against the period before, and a year's exports above production plus imports.
     */
    public List<Anomaly> anomalies(int year) {
        BigDecimal bound = settings.current().getAnomalyBound();
        Optional<String> own = caller.isIn(StatisticsService.OVERSEERS) ? Optional.empty() : Optional.of(caller.ownParticipant());
        Map<String, Map<Flow, List<StatisticsFigures.PeriodTotal>>> byParticipant = figures.periods(year - 2, year)
                .stream().filter(t -> own.map(t.participant()::equals).orElse(true))
                .collect(Collectors.groupingBy(StatisticsFigures.PeriodTotal::participant,
                        Collectors.groupingBy(StatisticsFigures.PeriodTotal::flow)));
        List<Anomaly> found = new ArrayList<>();
        byParticipant.forEach((iso, flows) -> {
            flows.forEach((flow, totals) -> {
                List<StatisticsFigures.PeriodTotal> sorted = totals.stream().sorted(Comparator.comparing(
                        (StatisticsFigures.PeriodTotal t) -> t.period().year()).thenComparing(t -> t.period().code()))
                        .toList();
                for (int i = 0; i < sorted.size(); i++) {
                    StatisticsFigures.PeriodTotal t = sorted.get(i);
                    if (t.period().year() != year) {
                        continue;
                    }
                    List<StatisticsFigures.PeriodTotal> before = sorted.subList(Math.max(0, i - 4), i);
                    BigDecimal caratsBefore = before.stream().map(StatisticsFigures.PeriodTotal::carats)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal valueBefore = before.stream().map(StatisticsFigures.PeriodTotal::valueUsd)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (t.carats().signum() > 0 && caratsBefore.signum() > 0) {
                        BigDecimal price = perCarat(t.valueUsd(), t.carats());
                        BigDecimal usual = perCarat(valueBefore, caratsBefore);
                        if (beyond(price, usual, bound)) {
                            found.add(new Anomaly(iso, flow, t.period().code(), "PRICE", price, usual));
                        }
                    }
                    if (!before.isEmpty()) {
                        BigDecimal previous = before.get(before.size() - 1).carats();
                        if (previous.signum() > 0 && beyond(t.carats(), previous, bound)) {
                            found.add(new Anomaly(iso, flow, t.period().code(), "SWING", t.carats(), previous));
                        }
                    }
                }
            });
            BigDecimal exports = sum(flows.get(Flow.EXPORT), year);
            BigDecimal supply = sum(flows.get(Flow.PRODUCTION), year).add(sum(flows.get(Flow.IMPORT), year));
            if (exports.compareTo(supply) > 0) {
                found.add(new Anomaly(iso, Flow.EXPORT, null, "SUPPLY", exports, supply));
            }
        });
        found.sort(Comparator.comparing(Anomaly::participant).thenComparing(Anomaly::flow)
                .thenComparing(a -> a.period() == null ? "" : a.period()));
        return found;
    }

    /** The settings in force (anyone may know them). */
    @PermitAll
    public SettingsView settings() {
        StatisticsSettings s = settings.current();
        return new SettingsView(s.getFirstYear(), s.getDueMonths(), s.getMirrorTolerance(), s.getAnomalyBound());
    }

    /** The Secretariat changes the settings. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void changeSettings(int firstYear, int dueMonths, BigDecimal tolerance, BigDecimal bound) {
        settings.current().change(firstYear, dueMonths, tolerance, bound, LocalDate.now(clock).getYear());
        audit.fire(new Audited("STATISTICS_SETTINGS", "StatisticsSettings", "1", firstYear + " " + dueMonths + " "
                + tolerance + " " + bound));
    }

    private static BigDecimal sum(List<StatisticsFigures.PeriodTotal> totals, int year) {
        return totals == null ? BigDecimal.ZERO : totals.stream().filter(t -> t.period().year() == year)
                .map(StatisticsFigures.PeriodTotal::carats).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal perCarat(BigDecimal value, BigDecimal carats) {
        return value.divide(carats, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether {@code found} lies further than {@code bound} (a fraction) from {@code reference}. */
    private static boolean beyond(BigDecimal found, BigDecimal reference, BigDecimal bound) {
        return found.subtract(reference).abs().compareTo(reference.multiply(bound)) > 0;
    }

    private Predicate<Discrepancy> visibleItems(int year) {
        Predicate<String[]> pairs = visiblePairs(year);
        return d -> pairs.test(new String[] {d.getExporterIso(), d.getImporterIso()});
    }

    /** Which items (by exporter and importer) of a year the caller may see; an unreadable year is not found. */
    private Predicate<String[]> visiblePairs(int year) {
        if (caller.isIn(StatisticsService.OVERSEERS) || publications.isPublished(year)) {
            return pair -> true;
        }
        Optional<String> own = caller.participant();
        if (own.isPresent() && caller.isIn(Role.FOCAL_POINT)) {
            return pair -> pair[0].equals(own.get()) || pair[1].equals(own.get());
        }
        throw new NotFoundException("Statistics", year);
    }

    private Discrepancy changeable(long id) {
        Discrepancy d = discrepancies.byId(id).orElseThrow(() -> new NotFoundException("Discrepancy", id));
        if (!caller.isIn(StatisticsService.OVERSEERS) && !d.concerns(caller.ownParticipant())) {
            throw new AccessDeniedException();
        }
        return d;
    }

    static DiscrepancyView view(Discrepancy d) {
        return new DiscrepancyView(d.getId(), d.getExporterIso(), d.getImporterIso(), d.getHsCode().code(),
                d.getQuarter().year(), d.getQuarter().code(), d.figures().exportedCarats(),
                d.figures().exportedValue(), d.figures().importedCarats(), d.figures().importedValue(),
                d.getDifference(), d.getStatus(), d.getExplanation().orElse(null), d.getFoundAt(),
                d.getComments().size(), d.getComments().stream().map(c -> new DiscrepancyView.Comment(c.getAuthor(), c.getText(),
                        c.getWrittenAt())).toList());
    }
}
