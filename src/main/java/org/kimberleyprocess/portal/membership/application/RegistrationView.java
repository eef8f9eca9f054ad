package org.kimberleyprocess.portal.membership.application;

import java.time.Instant;
import org.kimberleyprocess.portal.membership.domain.Registration;

/** A sign-up awaiting the Secretariat, as its queue shows it (no password hash, no token). */
public record RegistrationView(Long id, String username, String displayName, String email, String isoCode,
                               Instant verifiedAt) {

    static RegistrationView of(Registration r) {
        return new RegistrationView(r.getId(), r.getUsername(), r.getDisplayName(), r.getEmail(), r.getIsoCode(),
                r.getVerifiedAt());
    }
}
