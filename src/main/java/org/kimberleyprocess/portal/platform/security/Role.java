package org.kimberleyprocess.portal.platform.security;

/**
 * The portal's roles. The string constants are for {@code @RolesAllowed}; everyone who is not logged in
 * is the public.
 */
public enum Role {
    SECRETARIAT,
    CHAIR,
    PARTICIPATION_COMMITTEE,
    MONITORING,
    STATISTICS,
    FOCAL_POINT,
    APPLICANT,
    OBSERVER;

    public static final String SECRETARIAT_NAME = "SECRETARIAT";
    public static final String CHAIR_NAME = "CHAIR";
    public static final String PARTICIPATION_COMMITTEE_NAME = "PARTICIPATION_COMMITTEE";
    public static final String MONITORING_NAME = "MONITORING";
    public static final String STATISTICS_NAME = "STATISTICS";
    public static final String FOCAL_POINT_NAME = "FOCAL_POINT";
    public static final String APPLICANT_NAME = "APPLICANT";
    public static final String OBSERVER_NAME = "OBSERVER";

    /** Roles that act for one Participant, applicant state or Observer, and need that binding. */
    public boolean actsForOne() {
        return this == FOCAL_POINT || this == APPLICANT || this == OBSERVER;
    }

    /**
     * For an account acting for a Participant or an Observer, this role follows its body's committee seats (the
     * committees page gives and takes it); it is not given to such an account by hand.
     */
    public boolean followsSeats() {
        return this == PARTICIPATION_COMMITTEE || this == MONITORING || this == STATISTICS;
    }
}
