package org.kimberleyprocess.portal.membership.domain;

/**
 * The office that takes a step of the membership procedure, as the applicant is shown it: the procedure fixes
 * who may take each step, so the office follows from the step, whatever account took it.
 */
public enum ProcedureOffice {
    APPLICANT,
    PARTICIPATION_COMMITTEE,
    CHAIR;

    /** Who moves an application from one status to the next. */
    public static ProcedureOffice taking(ApplicationStatus from, ApplicationStatus to) {
        return switch (to) {
            case DRAFT, SUBMITTED, WITHDRAWN -> APPLICANT;
            case UNDER_ASSESSMENT -> from == ApplicationStatus.INFORMATION_REQUESTED ? APPLICANT
                    : PARTICIPATION_COMMITTEE;
            case INFORMATION_REQUESTED, RECOMMENDED_FOR_ADMISSION, NOT_RECOMMENDED -> PARTICIPATION_COMMITTEE;
            case ADMITTED, REJECTED -> CHAIR;
        };
    }
}
