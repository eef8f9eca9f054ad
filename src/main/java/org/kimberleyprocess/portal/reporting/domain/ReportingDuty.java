package org.kimberleyprocess.portal.reporting.domain;

import java.time.LocalDate;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.registry.domain.StatusChange;

/**
 * Who owes the report on a year: a Participant (suspended ones too) admitted by the end of that year. The year of
 * admission is the first time the registry's history shows it a Participant.
 */
public final class ReportingDuty {

    private ReportingDuty() {
    }

    public static boolean owes(Participant p, int year) {
        return (p.getStatus() == ParticipationStatus.PARTICIPANT || p.getStatus() == ParticipationStatus.SUSPENDED)
                && admissionYear(p) <= year;
    }

    public static int admissionYear(Participant p) {
        return p.getHistory().stream().filter(c -> c.getStatus() == ParticipationStatus.PARTICIPANT)
                .map(StatusChange::getEffectiveDate).min(LocalDate::compareTo).map(LocalDate::getYear)
                .orElse(p.getStatusSince().getYear());
    }
}
