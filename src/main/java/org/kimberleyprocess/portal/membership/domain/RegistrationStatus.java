package org.kimberleyprocess.portal.membership.domain;

/** A sign-up's way: the email address is verified by a link, then the Secretariat confirms the binding. */
public enum RegistrationStatus {
    EMAIL_UNVERIFIED,
    AWAITING_CONFIRMATION,
    CONFIRMED,
    REFUSED
}
