package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.json.JsonValue;
import java.time.Instant;

/** An answer as it is stored at one moment: what a refused editor is shown beside its own value, with who saved it. */
public record StoredAnswer(String question, JsonValue value, boolean kpOnly, long version, String updatedBy,
                           Instant updatedAt) {
}
