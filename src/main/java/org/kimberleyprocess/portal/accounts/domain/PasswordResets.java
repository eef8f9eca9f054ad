package org.kimberleyprocess.portal.accounts.domain;

import java.util.Optional;

/** The single-use links that set a password (a reset, or an invitation), found by the hash of their token. */
public interface PasswordResets {

    Optional<PasswordReset> byToken(String token);

    void add(PasswordReset reset);
}
