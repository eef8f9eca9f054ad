package org.kimberleyprocess.portal.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.security.Role;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static UserAccount account() {
        return new UserAccount("focal.bw", "Focal point", null, "hash", T0);
    }

    @Test
    void fiveFailedLoginsAreLetThroughTheSixthLocks() {
        UserAccount a = account();
        for (int i = 0; i < UserAccount.FREE_FAILURES; i++) {
            a.recordFailedLogin(T0);
        }
        assertFalse(a.isLocked(T0));
        a.recordFailedLogin(T0);
        assertTrue(a.isLocked(T0));
        assertTrue(a.isLocked(T0.plusSeconds(59)));
        assertFalse(a.isLocked(T0.plus(Duration.ofMinutes(1))));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToHalfAnHour() {
        UserAccount a = account();
        for (int i = 0; i < UserAccount.FREE_FAILURES + 2; i++) {
            a.recordFailedLogin(T0);
        }
        assertEquals(T0.plus(Duration.ofMinutes(2)), a.getLockedUntil().orElseThrow());
        for (int i = 0; i < 20; i++) {
            a.recordFailedLogin(T0);
        }
        assertEquals(T0.plus(Duration.ofMinutes(30)), a.getLockedUntil().orElseThrow());
    }

    @Test
    void aSuccessfulLoginOrAnUnlockForgetsTheFailures() {
        UserAccount a = account();
        for (int i = 0; i < 6; i++) {
            a.recordFailedLogin(T0);
        }
        a.unlock();
        assertFalse(a.isLocked(T0));
        assertEquals(0, a.getFailedLogins());
        a.recordFailedLogin(T0);
        a.recordSuccessfulLogin(T0);
        assertEquals(0, a.getFailedLogins());
        assertEquals(T0, a.getLastLoginAt().orElseThrow());
    }

    @Test
    void rolesThatActForOneBodyNeedThatBodyFirst() {
        UserAccount a = account();
        assertThrows(IllegalStateException.class, () -> a.grant(Role.FOCAL_POINT));
        assertThrows(IllegalStateException.class, () -> a.grant(Role.OBSERVER));
        a.grant(Role.MONITORING);
        assertTrue(a.hasRole(Role.MONITORING));
    }

    @Test
    void usernamesAreLowerCaseWords() {
        assertThrows(BusinessException.class, () -> new UserAccount("Focal BW", "x", null, "h", T0));
        assertThrows(BusinessException.class, () -> new UserAccount("a", "x", null, "h", T0));
    }

    @Test
    void aSystemPasswordMustBeChangedAndChangingItClearsTheDemand() {
        UserAccount a = account();
        a.requirePasswordChange();
        assertTrue(a.isMustChangePassword());
        a.changePasswordHash("new-hash");
        assertFalse(a.isMustChangePassword());
        assertEquals("new-hash", a.getPasswordHash());
    }

    @Test
    void passwordPolicyRefusesShortLongAndUsernamePasswords() {
        assertEquals("account.password.error.tooShort", assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("focal.bw", "short")).getMessageKey());
        assertEquals("account.password.error.tooLong", assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("focal.bw", "x".repeat(129))).getMessageKey());
        assertEquals("account.password.error.sameAsUsername", assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("secretariat1", "SECRETARIAT1")).getMessageKey());
        PasswordPolicy.check("focal.bw", "a long enough passphrase");
    }

    @Test
    void aOneTimePasswordExpiresAndAChangeEndsIt() {
        UserAccount account = new UserAccount("secretariat", "KP Secretariat", null, "hash", java.time.Instant.EPOCH);
        java.time.Instant issued = java.time.Instant.parse("2026-11-28T10:00:00Z");
        account.requirePasswordChange(issued.plus(java.time.Duration.ofHours(24)));
        org.junit.jupiter.api.Assertions.assertTrue(account.isMustChangePassword());
        org.junit.jupiter.api.Assertions.assertFalse(account.isPasswordExpired(issued.plus(java.time.Duration.ofHours(23))));
        org.junit.jupiter.api.Assertions.assertTrue(account.isPasswordExpired(issued.plus(java.time.Duration.ofHours(24))));
        account.changePasswordHash("new-hash");
        org.junit.jupiter.api.Assertions.assertFalse(account.isMustChangePassword());
        org.junit.jupiter.api.Assertions.assertFalse(account.isPasswordExpired(issued.plus(java.time.Duration.ofDays(400))));
    }

    @Test
    void theThrottlesRuleIsTheSameForEveryName() {
        java.time.Instant now = java.time.Instant.parse("2026-11-28T10:00:00Z");
        org.junit.jupiter.api.Assertions.assertTrue(UserAccount.lockAfter(5, now).isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(now.plusSeconds(60), UserAccount.lockAfter(6, now).orElseThrow());
        org.junit.jupiter.api.Assertions.assertEquals(now.plusSeconds(120), UserAccount.lockAfter(7, now).orElseThrow());
        org.junit.jupiter.api.Assertions.assertEquals(now.plusSeconds(1800), UserAccount.lockAfter(20, now).orElseThrow());
    }
}
