package org.kimberleyprocess.portal.reporting.domain;

import jakarta.json.JsonValue;

/** An answer as it is stored at one moment: what a refused editor is shown beside its own value. */
public record StoredAnswer(String question, JsonValue value, boolean kpOnly, long version, String updatedBy) {
}
