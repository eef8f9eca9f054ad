package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.json.JsonValue;

/** An answer as a submission froze it: the question's code, the value and whether it is KP only. */
public record SubmittedAnswer(String question, JsonValue value, boolean kpOnly) {
}
