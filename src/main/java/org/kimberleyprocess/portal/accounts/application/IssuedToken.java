package org.kimberleyprocess.portal.accounts.application;

import java.time.Instant;

/** A token just created: the only time its secret is shown. */
public record IssuedToken(long id, String label, String token, Instant expiresAt) {
}
