package org.kimberleyprocess.portal.review.domain;

/** A recommendation is open, in progress (the Participant has reported progress), or done. */
public enum RecommendationStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
