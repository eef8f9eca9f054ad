package org.kimberleyprocess.portal.membership.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. The Participation Committee assesses (and may ask for information), then
 * recommends; the Chair records the decision; the applicant may withdraw at any point before a decision.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_ASSESSMENT,
    INFORMATION_REQUESTED,
    RECOMMENDED_FOR_ADMISSION,
    NOT_RECOMMENDED,
    ADMITTED,
    REJECTED,
    WITHDRAWN;

    public Set<ApplicationStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(UNDER_ASSESSMENT, WITHDRAWN);
            case UNDER_ASSESSMENT -> EnumSet.of(INFORMATION_REQUESTED, RECOMMENDED_FOR_ADMISSION, NOT_RECOMMENDED,
                    WITHDRAWN);
            case INFORMATION_REQUESTED -> EnumSet.of(UNDER_ASSESSMENT, WITHDRAWN);
            case RECOMMENDED_FOR_ADMISSION, NOT_RECOMMENDED -> EnumSet.of(ADMITTED, REJECTED, WITHDRAWN);
            case ADMITTED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus next) {
        return allowedNext().contains(next);
    }

    /** The applicant may still change its file: while drafting, and while answering a request. */
    public boolean editableByApplicant() {
        return this == DRAFT || this == INFORMATION_REQUESTED;
    }

    public boolean allowsSubmission() {
        return canMoveTo(SUBMITTED);
    }

    public boolean allowsWithdrawal() {
        return canMoveTo(WITHDRAWN);
    }

    /** Submitted, waiting for the Participation Committee to start its assessment. */
    public boolean awaitsAssessment() {
        return this == SUBMITTED;
    }

    /** The Committee keeps internal notes from submission until the decision. */
    public boolean allowsNotes() {
        return this != DRAFT && !closed();
    }

    public boolean allowsInformationRequest() {
        return canMoveTo(INFORMATION_REQUESTED);
    }

    /** A review visit can be proposed while the Committee assesses (and while a question is open). */
    public boolean allowsVisitProposal() {
        return this == UNDER_ASSESSMENT || this == INFORMATION_REQUESTED;
    }

    public boolean allowsRecommendation() {
        return canMoveTo(RECOMMENDED_FOR_ADMISSION);
    }

    /** Recommended (for or against): the Chair records the Participants' decision. */
    public boolean awaitsDecision() {
        return canMoveTo(ADMITTED);
    }

    public boolean decided() {
        return this == ADMITTED || this == REJECTED;
    }

    public boolean closed() {
        return allowedNext().isEmpty();
    }
}
