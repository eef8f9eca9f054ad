package org.kimberleyprocess.portal.plenary.application;

import java.time.Instant;

/** An objection to a written procedure: the Participant, the focal point, why and when. */
public record ObjectionView(String isoCode, String username, String reason, Instant at) {
}
