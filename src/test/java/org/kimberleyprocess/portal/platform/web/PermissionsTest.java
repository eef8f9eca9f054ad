package org.kimberleyprocess.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.membership.application.ChairMembership;
import org.kimberleyprocess.portal.membership.application.CommitteeMembership;
import org.kimberleyprocess.portal.registry.application.RegistryAdministration;

/** Pages ask a service's own {@code @RolesAllowed} whether the person may use a use case. */
class PermissionsTest {

    @RolesAllowed("SECRETARIAT")
    public static class Service {
        public void classRule() {
        }

        @RolesAllowed({"CHAIR", "SECRETARIAT"})
        public void methodRule() {
        }

        @PermitAll
        public void everyone() {
        }
    }

    @Test
    void theMethodsRuleWinsOverTheClasssAndEveryoneMeansEveryone() {
        assertTrue(Permissions.allows(Service.class, "methodRule", Set.of("CHAIR")::contains, true));
        assertFalse(Permissions.allows(Service.class, "classRule", Set.of("CHAIR")::contains, true));
        assertTrue(Permissions.allows(Service.class, "classRule", Set.of("SECRETARIAT")::contains, true));
        assertTrue(Permissions.allows(Service.class, "everyone", r -> false, false));
        assertFalse(Permissions.allows(Service.class, "methodRule", r -> true, false), "nobody logged in");
        assertThrows(IllegalArgumentException.class, () -> Permissions.allows(Service.class, "unknown", r -> true, true));
    }

    @Test
    void thePortalsOwnRulesAreReadFromItsServices() {
        assertTrue(Permissions.allows(RegistryAdministration.class, "changeStatus", Set.of("CHAIR")::contains, true));
        assertFalse(Permissions.allows(RegistryAdministration.class, "changeStatus",
                Set.of("FOCAL_POINT")::contains, true));
        assertTrue(Permissions.allows(ChairMembership.class, "decide", Set.of("CHAIR")::contains, true));
        assertFalse(Permissions.allows(ChairMembership.class, "decide", Set.of("SECRETARIAT")::contains, true),
                "the Chair records the decision");
        assertFalse(Permissions.allows(CommitteeMembership.class, "recommend", Set.of("CHAIR")::contains, true));
    }
}
