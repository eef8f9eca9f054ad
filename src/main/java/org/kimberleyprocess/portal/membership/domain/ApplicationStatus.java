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

    public boolean decided() {
        return this == ADMITTED || this == REJECTED;
    }

    public boolean closed() {
        return allowedNext().isEmpty();
    }
}
