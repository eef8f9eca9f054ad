package org.kimberleyprocess.portal.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.accounts.domain.RequestedAccount;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;

class RegistrationTest {

    static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    static Registration signUp() {
        return new Registration(RequestedAccount.hashed("rep.no", "Kari Nordmann", "kari@example.no", "hash",
                Language.EN), "NO", "secret-token", NOW);
    }

    @Test
    void theLinkVerifiesTheAddressAndThenTheSecretariatConfirms() {
        Registration r = signUp();
        assertEquals(RegistrationStatus.EMAIL_UNVERIFIED, r.getStatus());
        r.verify("secret-token", NOW.plusSeconds(60));
        assertEquals(RegistrationStatus.AWAITING_CONFIRMATION, r.getStatus());
        r.confirm("secretariat", NOW.plusSeconds(120));
        assertEquals(RegistrationStatus.CONFIRMED, r.getStatus());
        assertEquals("secretariat", r.getDecidedBy());
    }

    @Test
    void aWrongUsedOrOldLinkIsRefused() {
        Registration r = signUp();
        assertEquals("membership.signup.error.link", assertThrows(BusinessException.class,
                () -> r.verify("guess", NOW)).getMessageKey());
        assertEquals("membership.signup.error.expired", assertThrows(BusinessException.class,
                () -> r.verify("secret-token", NOW.plus(Registration.LINK_VALIDITY).plus(Duration.ofMinutes(1))))
                .getMessageKey());
        r.verify("secret-token", NOW);
        assertEquals("membership.signup.error.link", assertThrows(BusinessException.class,
                () -> r.verify("secret-token", NOW)).getMessageKey());
    }

    @Test
    void theSecretariatDecidesOnlyOnAVerifiedSignUpAndOnlyOnce() {
        Registration r = signUp();
        assertThrows(BusinessException.class, () -> r.confirm("secretariat", NOW));
        r.verify("secret-token", NOW);
        r.refuse("secretariat", NOW);
        assertEquals(RegistrationStatus.REFUSED, r.getStatus());
        assertThrows(BusinessException.class, () -> r.confirm("secretariat", NOW));
    }
}
