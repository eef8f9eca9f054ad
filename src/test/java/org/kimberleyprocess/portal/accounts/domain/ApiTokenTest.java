package org.kimberleyprocess.portal.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.security.SecretToken;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final UserAccount ACCOUNT = new UserAccount("focal.ru", "Focal", null, "hash", T0);

    @Test
    void aTokenLivesForItsDaysUntilRevoked() {
        ApiToken token = new ApiToken(ACCOUNT, "  Таможня  ", SecretToken.newToken(), 30, T0);
        assertEquals("Таможня", token.getLabel());
        assertEquals(T0.plus(Duration.ofDays(30)), token.getExpiresAt());
        assertTrue(token.isLive(T0.plus(Duration.ofDays(29))));
        assertFalse(token.isLive(T0.plus(Duration.ofDays(30))), "expired at its end");
        token.revoke(T0.plusSeconds(60));
        token.revoke(T0.plusSeconds(120));
        assertEquals(T0.plusSeconds(60), token.getRevokedAt().orElseThrow(), "revoking again changes nothing");
        assertFalse(token.isLive(T0.plusSeconds(61)));
    }

    @Test
    void aTokenNeedsANameAndALifeWithinTheLimits() {
        String secret = SecretToken.newToken();
        assertEquals("account.tokens.error.label",
                assertThrows(BusinessException.class, () -> new ApiToken(ACCOUNT, " ", secret, 30, T0)).getMessageKey());
        assertEquals("account.tokens.error.labelLength", assertThrows(BusinessException.class,
                () -> new ApiToken(ACCOUNT, "x".repeat(ApiToken.LABEL_LENGTH + 1), secret, 30, T0)).getMessageKey());
        for (int days : new int[] {0, -1, ApiToken.MAX_DAYS + 1}) {
            assertEquals("account.tokens.error.days", assertThrows(BusinessException.class,
                    () -> new ApiToken(ACCOUNT, "API", secret, days, T0)).getMessageKey());
        }
        assertTrue(new ApiToken(ACCOUNT, "API", secret, ApiToken.MAX_DAYS, T0).isLive(T0));
    }

    @Test
    void secretsAreRandomAndOnlyTheirHashIsKept() {
        String a = SecretToken.newToken();
        assertTrue(a.matches("[0-9a-f]{64}"), "256 bits");
        assertNotEquals(a, SecretToken.newToken());
        assertEquals(64, SecretToken.hash(a).length());
        assertNotEquals(a, SecretToken.hash(a));
    }
}
