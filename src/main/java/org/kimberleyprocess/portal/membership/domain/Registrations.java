package org.kimberleyprocess.portal.membership.domain;

import java.util.List;
import java.util.Optional;

/** Sign-ups of applicant states' representatives. */
public interface Registrations {

    Optional<Registration> byId(Long id);

    /** The sign-up whose email link carries this token (only the token's hash is stored). */
    Optional<Registration> byToken(String token);

    /** Verified sign-ups waiting for the Secretariat, the earliest first. */
    List<Registration> awaitingConfirmation();

    void add(Registration registration);
}
