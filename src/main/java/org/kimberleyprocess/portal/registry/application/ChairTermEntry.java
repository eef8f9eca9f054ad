package org.kimberleyprocess.portal.registry.application;

import org.kimberleyprocess.portal.registry.domain.ChairOffice;

/** A past or recorded Chair or Vice-Chair term as the Secretariat enters it (a page, or a line of a file). */
public record ChairTermEntry(Integer year, ChairOffice office, String isoCode, String reference) {
}
