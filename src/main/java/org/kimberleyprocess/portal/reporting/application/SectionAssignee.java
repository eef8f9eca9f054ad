package org.kimberleyprocess.portal.reporting.application;

import java.time.Instant;

/** Who has a section of a report (and who gave it to them, when), or a colleague who could have it. */
public record SectionAssignee(String section, String username, String displayName, String assignedBy,
                              Instant assignedAt) {
}
