package org.kimberleyprocess.portal.membership.application;

import java.time.Instant;
import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;

/** An application in the procedure, as the queue of those who assess and decide lists it. */
public record PendingApplication(String reference, String isoCode, ApplicationStatus status, Instant submittedAt) {
}
