package org.kimberleyprocess.portal.registry.application;

import org.kimberleyprocess.portal.registry.domain.ChairOffice;

/**
 * The holder of an office as shown to readers: whether the term is the current year's or only the latest
 * recorded one.
 */
public record ChairView(ChairOffice office, int year, String isoCode, String name, boolean current) {
}
