package org.kimberleyprocess.portal.registry.domain;

/** The entries of a Participant's contacts directory. */
public enum ContactRole {
    FOCAL_POINT,
    ALTERNATE,
    EXPORTING_AUTHORITY,
    IMPORTING_AUTHORITY
}
