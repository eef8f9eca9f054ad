package org.kimberleyprocess.portal.reporting.domain.report;

/** Who speaks in a review comment: the Working Group on Monitoring, or the Participant answering it. */
public enum CommentSide {
    WORKING_GROUP, PARTICIPANT
}
