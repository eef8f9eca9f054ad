package org.kimberleyprocess.portal.accounts.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstSecretariatPasswordTest {

    @Test
    void aConfiguredPasswordIsUsedAsItIs() {
        FirstSecretariatPassword p = FirstSecretariatPassword.from(Optional.of("configured secret 1"));
        assertEquals("configured secret 1", p.value());
        assertFalse(p.oneTime());
    }

    @Test
    void withoutOneTheSystemMakesUpAOneTimePasswordThatNoOneKnowsInAdvance() {
        FirstSecretariatPassword a = FirstSecretariatPassword.from(Optional.empty());
        FirstSecretariatPassword b = FirstSecretariatPassword.from(Optional.of("  "));
        assertTrue(a.oneTime());
        assertTrue(b.oneTime());
        assertEquals(FirstSecretariatPassword.LENGTH, a.value().length());
        assertTrue(a.value().matches("[A-HJ-NP-Za-km-z2-9]+"), a.value());
        assertNotEquals(a.value(), b.value());
        assertFalse(a.toString().contains(a.value()), "the password must not leak through toString");
    }
}
