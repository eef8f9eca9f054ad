package org.kimberleyprocess.portal.review.domain;

/** A review mission is open (team at work), reported, then closed with its outcome. */
public enum MissionStatus {
    OPEN,
    REPORTED,
    CLOSED
}
