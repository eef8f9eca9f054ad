package org.kimberleyprocess.portal.review.domain;

/** Who nominated an expert: a Participant, an industry Observer, a civil-society Observer, another Observer. */
public enum NominatorKind {
    PARTICIPANT,
    INDUSTRY,
    CIVIL_SOCIETY,
    OTHER
}
