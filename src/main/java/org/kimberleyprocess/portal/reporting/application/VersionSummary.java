package org.kimberleyprocess.portal.reporting.application;

import java.time.LocalDate;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.VersionStatus;

/** A line of the Secretariat's list of questionnaire versions. */
public record VersionSummary(int number, VersionStatus status, String decisionReference, LocalDate adoptedOn,
                             Integer firstYear, Integer lastYear, int questions, int missingTranslations) {

    /** Whether the version is a draft, which may still change. */
    public boolean draft() {
        return status == VersionStatus.DRAFT;
    }
}
