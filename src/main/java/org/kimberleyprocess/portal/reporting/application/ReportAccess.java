package org.kimberleyprocess.portal.reporting.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersions;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReports;
import org.kimberleyprocess.portal.reporting.domain.report.ReportRevision;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingCalendar;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingDuty;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingSettingsStore;

/**
 * What the report's use cases share: whose report the caller may change, which reports a Participant owes, the
 * questionnaire that applies to a year. Runs in the calling service's transaction and security context.
 */
@Dependent
class ReportAccess {

    @Inject
    private Caller caller;

    @Inject
    private Participants participants;

    @Inject
    private AnnualReports reports;

    @Inject
    private QuestionnaireVersions versions;

    @Inject
    private ReportingSettingsStore settings;

    @Inject
    private Clock clock;

    /** The Participant with this code (a code typed in any case, with spaces around, is found); else not found. */
    Participant participant(String isoCode) {
        return participants.require(IsoCode.normalised(isoCode));
    }

    /** The caller's own Participant, which must be the one named; another's is refused. */
    String own(String isoCode) {
        String iso = participant(isoCode).getIsoCode();
        if (!caller.actsFor(iso)) {
            throw new AccessDeniedException();
        }
        return iso;
    }

    /** Whether the caller may change the report now: its own focal point, while the year is open and owed. */
    boolean mayEdit(String iso, int year) {
        return caller.actsFor(iso) && caller.isIn(Role.FOCAL_POINT)
                && ReportingCalendar.isOpen(year, LocalDate.now(clock)) && versions.numberApplyingTo(year).isPresent()
                && owes(iso, year);
    }

    /** Refuses a change while the report is not open to the caller. */
    void requireEditable(String iso, int year) {
        if (!mayEdit(iso, year)) {
            throw new BusinessException("reporting.report.error.notOpen", year);
        }
    }

    /**
     * Whether the Participant owes the report on a year: from the later of the first reporting year and its
     * admission (as the list of its reports shows them).
     */
    boolean owes(String iso, int year) {
        return ReportingDuty.owes(participant(iso), year, firstYear());
    }

    /** Refuses a change to a report the Participant does not owe (a year before its first, say). */
    void requireOwed(String iso, int year) {
        if (!owes(iso, year)) {
            throw new BusinessException("reporting.report.error.notOwed", year,
                    ReportingDuty.firstYearOwed(participant(iso), firstYear()));
        }
    }

    /** The first year on which reports are due. */
    int firstYear() {
        return settings.current().getFirstYear();
    }

    /** The questionnaire version that applies to a year; not found when none does. */
    QuestionnaireVersion questionnaire(int year) {
        return versions.applyingTo(year).orElseThrow(() -> new NotFoundException("Questionnaire", String.valueOf(year)));
    }

    /** The last submission of the Participant's latest earlier report, whose Part A a new report carries over. */
    Optional<ReportRevision> earlier(String iso, int year) {
        return reports.of(iso).stream().filter(r -> r.getYear() < year).map(AnnualReport::lastRevision)
                .flatMap(Optional::stream).findFirst();
    }
}
