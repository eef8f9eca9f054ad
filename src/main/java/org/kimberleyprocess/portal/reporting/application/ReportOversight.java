package org.kimberleyprocess.portal.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersions;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReports;
import org.kimberleyprocess.portal.reporting.domain.report.AnswerText;
import org.kimberleyprocess.portal.reporting.domain.report.ReportRevision;
import org.kimberleyprocess.portal.reporting.domain.report.ReportStatus;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingCalendar;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingDuty;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingSettings;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingSettingsStore;

/**
 * Overseeing the annual reports, the Scheme's offices' work: who has reported on a year and how late, every
 * Participant's answer to one question; the Secretariat reopens a report on request and sets the first reporting
 * year.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.CHAIR_NAME, Role.MONITORING_NAME})
public class ReportOversight {

    @Inject
    private ReportAccess access;

    @Inject
    private AnnualReports reports;

    @Inject
    private QuestionnaireVersions versions;

    @Inject
    private Participants participants;

    @Inject
    private RegistryService names;

    @Inject
    private ReportingSettingsStore settings;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /** The Secretariat reopens a submitted report at the Participant's request, with the reason. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void reopen(int year, String isoCode, String reason) {
        String iso = access.participant(isoCode).getIsoCode();
        AnnualReport report = reports.ofForChange(iso, year)
                .orElseThrow(() -> new NotFoundException("AnnualReport", iso + "/" + year));
        report.reopen(reason, clock.instant());
        audit.fire(new Audited("REPORT_REOPENED", "AnnualReport", iso + "/" + year, reason));
    }

    /**
     * The compliance dashboard for a year: every Participant that owes the report on it (admitted by the end of that
     * year, not removed), with where its report stands and how late it is; by name in the reader's language.
     */
    public List<ComplianceRow> compliance(int year, Language language) {
        access.questionnaire(year);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = ReportingCalendar.dueOn(year);
        Map<String, AnnualReport> filed = reports.onYear(year).stream()
                .collect(Collectors.toMap(AnnualReport::getParticipantIso, r -> r));
        int firstYear = access.firstYear();
        return participants.all().stream()
                .filter(p -> ReportingDuty.owes(p, year, firstYear))
                .map(p -> {
                    AnnualReport r = filed.get(p.getIsoCode());
                    Optional<ReportRevision> first = r == null ? Optional.empty()
                            : r.getRevisions().stream().findFirst();
                    LocalDate submittedOn = first.map(x -> LocalDate.ofInstant(x.getSubmittedAt(), ZoneOffset.UTC))
                            .orElse(null);
                    LocalDate until = submittedOn != null ? submittedOn : today;
                    long late = until.isAfter(due) ? ChronoUnit.DAYS.between(due, until) : 0;
                    ReportStatus status = r == null ? ReportStatus.NOT_STARTED : r.getStatus();
                    return new ComplianceRow(p.getIsoCode(), names.name(p.getIsoCode(), language), status,
                            submittedOn == null && late > 0, late, r == null ? 0 : r.getRevisions().size(),
                            submittedOn, r == null ? null : r.getAssessment().orElse(null),
                            r == null ? null : r.getUpdatedAt());
                })
                .sorted(Comparator.comparing(ComplianceRow::name, Collator.getInstance(language.locale())))
                .toList();
    }

    /**
     * Every Participant's submitted answer to one question on a year (the last submission of each report, KP-only
     * answers included: the readers are the Scheme's own offices), by name in the reader's language.
     */
    public List<QuestionAnswerRow> answersTo(int year, String questionCode, Language language) {
        List<QuestionAnswerRow> rows = new ArrayList<>();
        for (AnnualReport r : reports.onYear(year)) {
            Optional<ReportRevision> last = r.lastRevision();
            Optional<Question> q = versions.contentOf(r.getQuestionnaireNumber()).question(questionCode);
            if (last.isEmpty() || q.isEmpty()) {
                continue;
            }
            last.get().submittedAnswer(questionCode).ifPresent(a -> rows.add(new QuestionAnswerRow(
                    r.getParticipantIso(), names.name(r.getParticipantIso(), language),
                    AnswerText.of(q.get(), a.value(), language), a.kpOnly(), last.get().getRevision())));
        }
        rows.sort(Comparator.comparing(QuestionAnswerRow::name, Collator.getInstance(language.locale())));
        return rows;
    }

    /** The Secretariat sets the first reporting year: from 2003 to the latest year whose report is open. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void setFirstReportingYear(int year) {
        ReportingSettings current = settings.current();
        int before = current.getFirstYear();
        current.changeFirstYear(year, ReportingCalendar.latestOpenYear(LocalDate.now(clock)));
        if (before != year) {
            audit.fire(new Audited("FIRST_REPORTING_YEAR_SET", "Reporting", "first-year", before + " → " + year));
        }
    }
}
