package org.kimberleyprocess.portal.accounts.application;

import java.time.Instant;
import org.kimberleyprocess.portal.accounts.domain.ApiToken;

/** What the owner sees of a token: never its secret. */
public record ApiTokenView(long id, String label, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt, boolean live) {

    static ApiTokenView of(ApiToken token, Instant now) {
        return new ApiTokenView(token.getId(), token.getLabel(), token.getCreatedAt(), token.getExpiresAt(),
                token.getLastUsedAt().orElse(null), token.getRevokedAt().orElse(null), token.isLive(now));
    }
}
