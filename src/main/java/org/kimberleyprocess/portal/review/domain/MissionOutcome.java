package org.kimberleyprocess.portal.review.domain;

/**
 * What a review mission leads to: no action, recommendations, or a proposal to suspend or remove the Participant, which
 * goes to the Plenary as a draft decision (and changes the registry only once that decision is adopted).
 */
public enum MissionOutcome {
    NO_ACTION,
    RECOMMENDATIONS,
    SUSPENSION_PROPOSED,
    REMOVAL_PROPOSED;

    public boolean proposesDecision() {
        return this == SUSPENSION_PROPOSED || this == REMOVAL_PROPOSED;
    }
}
