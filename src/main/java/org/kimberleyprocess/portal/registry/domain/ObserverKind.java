package org.kimberleyprocess.portal.registry.domain;

/** Observers come from industry, civil society, or elsewhere. */
public enum ObserverKind {
    INDUSTRY,
    CIVIL_SOCIETY,
    OTHER
}
