package org.kimberleyprocess.portal.membership.application;

import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;

/** An application changed status; the applicant's focal point is told. */
public record ApplicationMoved(String reference, String isoCode, ApplicationStatus status, String comment,
                               String recipient, String recipientLanguage) {
}
