package org.kimberleyprocess.portal.statistics.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.ReturnStatus;
import org.kimberleyprocess.portal.statistics.domain.ReturnTotals;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLines;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturn;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturns;
import org.kimberleyprocess.portal.statistics.domain.StatisticsRevision;

/**
 * A Participant's returns as its own accounts, the Secretariat and the Working Group on Statistics see them (the
 * figures before publication are theirs only), and submitting a draft period.
 */
@Stateless
@RolesAllowed({Role.FOCAL_POINT_NAME, Role.SECRETARIAT_NAME, Role.STATISTICS_NAME})
public class StatisticsService {

    /** Who sees every Participant's figures: the Secretariat and the Working Group on Statistics. */
    static final Role[] OVERSEERS = {Role.SECRETARIAT, Role.STATISTICS};

    @Inject
    private Caller caller;

    @Inject
    private StatisticsReturns returns;

    @Inject
    private StatisticsLines lines;

    @Inject
    private Participants participants;

    @Inject
    private UserAccounts accounts;

    @Inject
    private MirrorCheck mirror;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /** Whether the caller sees every Participant's figures (the Secretariat, the Working Group on Statistics). */
    public boolean callerSeesAll() {
        return caller.isIn(OVERSEERS);
    }

    /** Every period of a year for each flow, with what is stored (nothing stored: a row without status). */
    public List<ReturnRow> year(String isoCode, int year) {
        String iso = readable(isoCode);
        Map<Long, ReturnTotals> totals = lines.totals(iso, year);
        List<StatisticsReturn> stored = returns.of(iso, year);
        List<ReturnRow> rows = new ArrayList<>();
        for (Flow flow : Flow.values()) {
            for (StatisticsPeriod period : StatisticsPeriod.ofYear(year, flow)) {
                Optional<StatisticsReturn> r = stored.stream()
                        .filter(s -> s.getFlow() == flow && s.getPeriod().equals(period)).findFirst();
                ReturnTotals t = r.map(s -> totals.getOrDefault(s.getId(), ReturnTotals.NONE))
                        .orElse(ReturnTotals.NONE);
                rows.add(new ReturnRow(flow, period, r.map(StatisticsReturn::getStatus).orElse(null),
                        r.map(StatisticsReturn::getCurrentRevision).orElse(0), t.lines(), t.carats(), t.valueUsd(),
                        t.outsideScheme(), r.map(StatisticsReturn::getChangedAt).orElse(null),
                        r.map(StatisticsReturn::getChangedBy).orElse(null)));
            }
        }
        return rows;
    }

    /** What the Participant's statistics of a year say, for its annual report (as the caller may read them). */
    public StatisticsDigest digest(String isoCode, int year) {
        String iso = readable(isoCode);
        Map<Long, ReturnTotals> totals = lines.totals(iso, year);
        List<StatisticsReturn> stored = returns.of(iso, year);
        List<StatisticsDigest.FlowDigest> flows = new ArrayList<>();
        List<StatisticsDigest.PeriodRef> notSubmitted = new ArrayList<>();
        List<StatisticsDigest.Correction> corrections = new ArrayList<>();
        Instant last = null;
        for (Flow flow : Flow.values()) {
            int submitted = 0;
            BigDecimal carats = BigDecimal.ZERO;
            BigDecimal value = BigDecimal.ZERO;
            List<StatisticsPeriod> periods = StatisticsPeriod.ofYear(year, flow);
            for (StatisticsPeriod period : periods) {
                Optional<StatisticsReturn> r = stored.stream()
                        .filter(s -> s.getFlow() == flow && s.getPeriod().equals(period)
                                && s.getStatus() == ReturnStatus.SUBMITTED).findFirst();
                if (r.isEmpty()) {
                    notSubmitted.add(new StatisticsDigest.PeriodRef(flow, period.code()));
                    continue;
                }
                submitted++;
                ReturnTotals t = totals.getOrDefault(r.get().getId(), ReturnTotals.NONE);
                carats = carats.add(t.carats());
                value = value.add(t.valueUsd());
                for (StatisticsRevision revision : r.get().getRevisions()) {
                    if (last == null || revision.getRecordedAt().isAfter(last)) {
                        last = revision.getRecordedAt();
                    }
                    revision.getReason().ifPresent(reason -> corrections.add(new StatisticsDigest.Correction(flow,
                            period.code(), revision.getRevision(), reason, revision.getRecordedAt())));
                }
            }
            flows.add(new StatisticsDigest.FlowDigest(flow, submitted, periods.size(), carats, value));
        }
        return new StatisticsDigest(iso, year, flows, notSubmitted, corrections, last);
    }

    /** One period's return with its lines and submissions. */
    public ReturnDetail period(String isoCode, Flow flow, int year, String code) {
        String iso = readable(isoCode);
        StatisticsPeriod period = StatisticsPeriod.of(year, code, flow)
                .orElseThrow(() -> new NotFoundException("StatisticsReturn", flow + " " + year + " " + code));
        boolean editable = mayChange(iso);
        return returns.of(iso, year).stream().filter(r -> r.getFlow() == flow && r.getPeriod().equals(period))
                .findFirst().map(r -> new ReturnDetail(iso, flow, period, r.getStatus(), r.getCurrentRevision(),
                        lines.of(r.getId(), r.getCurrentRevision()).stream().map(ReturnDetail.Line::of).toList(),
                        r.getRevisions().stream()
                                .map(s -> new ReturnDetail.Submission(s.getRevision(), s.getReason().orElse(null),
                                        s.getLineCount(), s.getRecordedBy(), s.getRecordedAt())).toList(), editable))
                .orElse(new ReturnDetail(iso, flow, period, null, 0, List.of(), List.of(), editable));
    }

    /** Submits a draft period with the lines it holds; a period with nothing stored is submitted as a nil return. */
    public void submit(String isoCode, Flow flow, int year, String code) {
        String iso = readable(isoCode);
        if (!mayChange(iso)) {
            throw new AccessDeniedException();
        }
        StatisticsPeriod period = StatisticsPeriod.of(year, code, flow)
                .orElseThrow(() -> new NotFoundException("StatisticsReturn", flow + " " + year + " " + code));
        String by = caller.name();
        Optional<StatisticsReturn> found = returns.forChange(iso, flow, period);
        StatisticsReturn r = found.orElseGet(() -> new StatisticsReturn(iso, flow, period, by, clock.instant()));
        int count = found.map(s -> lines.of(s.getId(), s.getCurrentRevision()).size()).orElse(0);
        r.submit(count, by, clock.instant());
        if (found.isEmpty()) {
            returns.add(r);
        }
        if (flow.isTrade()) {
            returns.flush();
            mirror.refresh(period);
        }
        audit.fire(new Audited("STATISTICS_SUBMITTED", "StatisticsReturn", r.label(), count + " lines"));
    }

    /** The Participant's code, if the caller may read its returns; another's is refused, an unknown is not found. */
    private String readable(String isoCode) {
        String iso = participants.require(IsoCode.normalised(isoCode))
                .getIsoCode();
        if (!callerSeesAll() && !caller.actsFor(iso)) {
            throw new AccessDeniedException();
        }
        return iso;
    }

    private boolean mayChange(String iso) {
        return callerSeesAll() || (caller.actsFor(iso) && caller.isIn(Role.FOCAL_POINT));
    }
}
