package org.kimberleyprocess.portal.reporting.domain.questionnaire;

/** A questionnaire version is drafted by the Secretariat, then adopted by the Plenary. */
public enum VersionStatus {
    DRAFT, ADOPTED
}
