package org.kimberleyprocess.portal.registry.application;

/** The numbers on the home page. */
public record SchemeCounts(long participants, long applicants, long observers) {
}
