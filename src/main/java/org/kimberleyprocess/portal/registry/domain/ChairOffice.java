package org.kimberleyprocess.portal.registry.domain;

/** The two offices that rotate yearly. */
public enum ChairOffice {
    CHAIR,
    VICE_CHAIR
}
