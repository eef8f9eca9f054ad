package org.kimberleyprocess.portal.reporting.domain.report;

import java.time.LocalDate;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.registry.domain.StatusChange;

/**
 * Who owes the report on a year: a Participant (suspended ones too) admitted by the end of that year, for years
 * from the first reporting year the Secretariat sets. The year of admission is the first time the registry's
 * history shows it a Participant.
 */
public final class ReportingDuty {

    private ReportingDuty() {
    }

    /** Whether the Participant owes the report on {@code year}, reports being due from {@code firstYear}. */
    public static boolean owes(Participant p, int year, int firstYear) {
        return year >= firstYear
                && (p.getStatus() == ParticipationStatus.PARTICIPANT || p.getStatus() == ParticipationStatus.SUSPENDED)
                && admissionYear(p) <= year;
    }

    /** The first year on which the Participant owes a report: its admission, or the first reporting year if later. */
    public static int firstYearOwed(Participant p, int firstYear) {
        return Math.max(admissionYear(p), firstYear);
    }

    public static int admissionYear(Participant p) {
        return p.getHistory().stream().filter(c -> c.getStatus() == ParticipationStatus.PARTICIPANT)
                .map(StatusChange::getEffectiveDate).min(LocalDate::compareTo).map(LocalDate::getYear)
                .orElse(p.getStatusSince().getYear());
    }
}
