package org.kimberleyprocess.portal.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginBackingTest {

    @Test
    void afterLoginTheUserContinuesOnlyToPagesOfThisPortal() {
        assertEquals(Optional.of("/platform/audit.xhtml"), LoginBacking.safeLocalPath("/platform/audit.xhtml"));
        assertEquals(Optional.of("/registry/participant.xhtml?iso=BW"), LoginBacking.safeLocalPath("/registry/participant.xhtml?iso=BW"));
        assertTrue(LoginBacking.safeLocalPath("https://evil.example/").isEmpty());
        assertTrue(LoginBacking.safeLocalPath("//evil.example/").isEmpty());
        assertTrue(LoginBacking.safeLocalPath("/\\evil.example/").isEmpty());
        assertTrue(LoginBacking.safeLocalPath("/accounts/login.xhtml").isEmpty());
        assertTrue(LoginBacking.safeLocalPath(null).isEmpty());
    }
}
