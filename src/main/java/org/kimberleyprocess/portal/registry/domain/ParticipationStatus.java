package org.kimberleyprocess.portal.registry.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a state stands in the Scheme. The allowed moves are the Scheme's procedures: an applicant is
 * admitted; a Participant can be suspended or removed; a suspended Participant is reinstated or removed;
 * a removed one can only come back by applying again.
 */
public enum ParticipationStatus {
    APPLICANT,
    PARTICIPANT,
    SUSPENDED,
    REMOVED;

    public Set<ParticipationStatus> allowedNext() {
        return switch (this) {
            case APPLICANT -> EnumSet.of(PARTICIPANT, REMOVED);
            case PARTICIPANT -> EnumSet.of(SUSPENDED, REMOVED);
            case SUSPENDED -> EnumSet.of(PARTICIPANT, REMOVED);
            case REMOVED -> EnumSet.of(APPLICANT);
        };
    }

    public boolean canMoveTo(ParticipationStatus next) {
        return allowedNext().contains(next);
    }

    /** In good standing: may trade under the Scheme and hold office. */
    public boolean inGoodStanding() {
        return this == PARTICIPANT;
    }
}
