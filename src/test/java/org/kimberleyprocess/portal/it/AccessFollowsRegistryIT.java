package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * Access follows the registry and the committees at once: suspension, reinstatement, removal and the loss of a
 * committee seat change what an account may do on the next request of a session opened before the change, and
 * at every later login.
 */
class AccessFollowsRegistryIT extends PortalIT {

    static final String PASSWORD = "a long passphrase";

    PortalClient focalPoint(String username) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.get("/?lang=en");
        assertEquals("My account", client.login(username, PASSWORD).heading());
        return client;
    }

    @Test
    void suspensionReinstatementAndRemovalTakeEffectInOpenSessions() throws Exception {
        URI root = base.toURI();
        PortalClient applicant = ApplicationSteps.signedUpApplicant(root, "rep.dz", "DZ", PASSWORD);
        String reference = ApplicationSteps.fileAndSubmit(applicant, "fp@example.dz");
        ApplicationSteps.assessAndAdmit(root, reference, "Written procedure 2026/21");
        PortalClient chair = signedIn("chair");
        chair.submit(chair.get("/plenary/committees.xhtml"), "compose", Map.of("committee", "MONITORING",
                "participant", "DZ"), "addParticipant");

        // Another Participant's KP-only email, and a session of Algeria's focal point opened now.
        PortalClient secretariat = signedIn("secretariat");
        Map<String, String> contact = new HashMap<>();
        contact.put("entries:2:name", "Jean Tremblay");
        contact.put("entries:2:email", "jean.tremblay@example.ca");
        Page saved = secretariat.submit(secretariat.get("/registry/contacts.xhtml?iso=CA"), "contacts", contact, "save");
        assertTrue(saved.messages().contains("The contacts have been saved."), saved.messages().toString());
        PortalClient open = focalPoint("rep.dz");
        assertEquals("Working Group on Monitoring, Focal point", open.get("/accounts/index.xhtml").text("#roles"));
        assertTrue(kpEmailOfCanadaVisibleTo(open), "a Participant in good standing reads KP-only data");

        // Suspended: the open session ends with its next request; a new login keeps its own data only.
        changeStatus(root, chair, "DZ", "SUSPENDED", "2026-11-25");
        Page next = open.get("/registry/participant.xhtml?iso=CA");
        assertEquals("Log in", next.heading());
        assertTrue(next.messages().stream().anyMatch(m -> m.startsWith("Your access has changed")), next.messages().toString());
        PortalClient suspended = focalPoint("rep.dz");
        assertEquals("Focal point", suspended.get("/accounts/index.xhtml").text("#roles"), "no seat's rights");
        assertFalse(kpEmailOfCanadaVisibleTo(suspended), "no KP-only data of others");
        Page own = suspended.get("/registry/contacts.xhtml");
        assertEquals("Our contacts directory", own.heading());
        Page filed = suspended.submit(own, "contacts", Map.of("entries:3:name", "Direction des Douanes"), "save");
        assertTrue(filed.messages().contains("The contacts have been saved."), "it still files its own data");
        assertTrue(suspended.get("/registry/participant.xhtml?iso=DZ").textsIn("contacts", "td").contains("fp@example.dz"),
                "and reads its own KP-only data");
        assertEquals(403, signedIn("monitoring").get("/registry/contacts.xhtml?iso=DZ").status());

        // Reinstated: the seat and the KP access come back (after the session that saw the suspension ends).
        changeStatus(root, chair, "DZ", "PARTICIPANT", "2026-11-26");
        assertEquals("Log in", suspended.get("/accounts/index.xhtml").heading());
        PortalClient reinstated = focalPoint("rep.dz");
        assertEquals("Working Group on Monitoring, Focal point", reinstated.get("/accounts/index.xhtml").text("#roles"));
        assertTrue(kpEmailOfCanadaVisibleTo(reinstated));

        // Removed: the focal-point role goes.
        changeStatus(root, chair, "DZ", "REMOVED", "2026-11-27");
        assertEquals("Log in", reinstated.get("/registry/contacts.xhtml").heading());
        PortalClient removed = new PortalClient(root);
        removed.get("/?lang=en");
        Page account = removed.login("rep.dz", PASSWORD);
        assertEquals("My account", account.heading());
        assertFalse(account.text("#roles").contains("Focal point"), account.text("#roles"));
        assertEquals(403, removed.get("/registry/contacts.xhtml").status());
        assertFalse(kpEmailOfCanadaVisibleTo(removed));

        // The way back is a new application: Algeria is an applicant again (as the other tests expect of 2003's).
        changeStatus(root, chair, "DZ", "APPLICANT", "2026-11-28");
    }

    @Test
    void losingACommitteeSeatEndsTheRightsOfASessionOpenedBefore() throws Exception {
        String philippines = String.format("KP-%d-001", LocalDate.now(ZoneOffset.UTC).getYear());
        PortalClient observer = signedIn("observer.gw");
        Page file = observer.get("/membership/file.xhtml?ref=" + philippines);
        assertEquals(200, file.status());
        PortalClient secretariat = signedIn("secretariat");
        try {
            Page removed = secretariat.submit(secretariat.get("/plenary/committees.xhtml"), "compose", Map.of("committee",
                    "PARTICIPATION_COMMITTEE", "observer", "Global Witness"), "removeObserver");
            assertTrue(removed.messages().contains("The committee has been changed."), removed.messages().toString());

            Page afterwards = observer.submit(file, "committee", Map.of("text", "Written after losing the seat"),
                    "note");
            assertEquals("Log in", afterwards.heading());
            List<String> notes = signedIn("committee").get("/membership/file.xhtml?ref=" + philippines)
                    .textsIn("notes", "td");
            assertFalse(notes.contains("Written after losing the seat"), "no note after the seat is gone");
            assertEquals(403, signedIn("observer.gw").get("/membership/file.xhtml?ref=" + philippines).status());
        } finally {
            secretariat.submit(secretariat.get("/plenary/committees.xhtml"), "compose", Map.of("committee",
                    "PARTICIPATION_COMMITTEE", "observer", "Global Witness"), "addObserver");
        }
        assertEquals(200, signedIn("observer.gw").get("/membership/file.xhtml?ref=" + philippines).status());
    }

    private static boolean kpEmailOfCanadaVisibleTo(PortalClient client) {
        return client.get("/registry/participant.xhtml?iso=CA").textsIn("contacts", "td").contains("jean.tremblay@example.ca");
    }

    private static void changeStatus(URI root, PortalClient chair, String iso, String next, String date) {
        ApplicationSteps.adoptedDecision(root, "Administrative decision " + date);
        Page changed = chair.submit(chair.get("/registry/participant.xhtml?iso=" + iso), "statusChange", Map.of("next", next,
                "date", date, "decision", "Administrative decision " + date, "reason", "Test of access rules"), "change");
        assertTrue(changed.messages().contains("The change of status has been recorded."), changed.messages().toString());
    }
}
