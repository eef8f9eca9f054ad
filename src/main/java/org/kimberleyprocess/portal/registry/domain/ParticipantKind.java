package org.kimberleyprocess.portal.registry.domain;

/** A Participant is a state or a regional economic integration organisation (REIO). */
public enum ParticipantKind {
    STATE,
    REIO
}
