package org.kimberleyprocess.portal.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.accounts.domain.RequestedAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;

class ObserverRequestTest {

    @Test
    void theApprovedRequestOpensTheAccountTheDelegateAskedFor() {
        UserAccount account = request().getAccount().open(NOW);
        assertEquals("observer.fdn", account.getUsername());
        assertEquals("Aminata Sesay", account.getDisplayName());
        assertEquals("hash", account.getPasswordHash());
        assertEquals(java.util.Optional.of(Language.EN), account.getLanguage());
    }

    static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    static ObserverRequest request() {
        return new ObserverRequest(" Fair Diamonds Network ", ObserverKind.CIVIL_SOCIETY, " ",
                RequestedAccount.hashed("observer.fdn", "Aminata Sesay", "aminata@example.org", "hash", Language.EN), NOW);
    }

    @Test
    void aRequestIsDecidedOnceByApprovalOrRefusal() {
        ObserverRequest approved = request();
        approved.approve("chair", NOW);
        assertEquals(ObserverRequest.Status.APPROVED, approved.getStatus());
        assertEquals("chair", approved.getDecidedBy());
        assertEquals("registry.observerRequest.error.decided",
                assertThrows(BusinessException.class, () -> approved.refuse("secretariat", NOW)).getMessageKey());

        ObserverRequest refused = request();
        refused.refuse("secretariat", NOW);
        assertThrows(BusinessException.class, () -> refused.approve("chair", NOW));
    }

    @Test
    void namesAreTidiedAndAnEmptyMotivationIsNone() {
        ObserverRequest r = request();
        assertEquals("Fair Diamonds Network", r.getOrganisation());
        assertEquals(null, r.getMotivation());
    }
}
