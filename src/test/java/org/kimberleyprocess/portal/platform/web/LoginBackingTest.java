package org.kimberleyprocess.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginBackingTest {

    @Test
    void afterLoginTheUserContinuesOnlyToPagesOfThisPortal() {
        assertEquals(Optional.of("/secretariat/audit.xhtml"), LoginBacking.safeLocalPath("/secretariat/audit.xhtml"));
        assertEquals(Optional.of("/participant.xhtml?iso=BW"), LoginBacking.safeLocalPath("/participant.xhtml?iso=BW"));
        assertTrue(LoginBacking.safeLocalPath("https://evil.example/").isEmpty());
        assertTrue(LoginBacking.safeLocalPath("//evil.example/").isEmpty());
        assertTrue(LoginBacking.safeLocalPath("/\\evil.example/").isEmpty());
        assertTrue(LoginBacking.safeLocalPath("/login.xhtml").isEmpty());
        assertTrue(LoginBacking.safeLocalPath(null).isEmpty());
    }
}
