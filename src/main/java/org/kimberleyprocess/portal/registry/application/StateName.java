package org.kimberleyprocess.portal.registry.application;

/** A state's ISO code and its name in the reader's language. */
public record StateName(String isoCode, String name) {
}
