package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/** A Participant's contacts directory: edited by its focal point, public fields for all, the rest KP only. */
class ContactsIT extends PortalIT {

    @Test
    void theFocalPointKeepsItsDirectoryAndThePublicSeesOnlyWhatIsPublic() throws Exception {
        PortalClient focal = signedIn("focal.bw");
        Page form = focal.get("/registry/contacts.xhtml");
        assertEquals("Our contacts directory", form.heading());

        Map<String, String> fields = new HashMap<>();
        fields.put("entries:0:name", "Mpho Dube");
        fields.put("entries:0:organisation", "Ministry of Minerals");
        fields.put("entries:0:email", "not an address");
        fields.put("entries:0:emailPublic", null);
        Page refused = focal.submit(form, "contacts", fields, "save");
        assertTrue(refused.messages().contains("This is not an email address."), refused.messages().toString());
        assertFalse(new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=BW&lang=en")
                .textsIn("contacts", "td").contains("Mpho Dube"), "a refused save changes nothing");

        fields.put("entries:0:email", "mpho.dube@example.bw");
        Page saved = focal.submit(refused, "contacts", fields, "save");
        assertTrue(saved.messages().contains("The contacts have been saved."), saved.messages().toString());

        List<String> publicCells = new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=BW&lang=en")
                .textsIn("contacts", "td");
        assertTrue(publicCells.contains("Mpho Dube") && publicCells.contains("Ministry of Minerals"),
                publicCells.toString());
        assertFalse(publicCells.contains("mpho.dube@example.bw"), "the KP-only email must not be public");

        List<String> kpCells = focal.get("/registry/participant.xhtml?iso=BW").textsIn("contacts", "td");
        assertTrue(kpCells.contains("mpho.dube@example.bw"), kpCells.toString());
        List<String> applicantCells = signedIn("applicant.gh").get("/registry/participant.xhtml?iso=BW").textsIn("contacts", "td");
        assertFalse(applicantCells.contains("mpho.dube@example.bw"), "an applicant is not the KP");
    }

    @Test
    void aFocalPointCannotEditAnotherParticipantsDirectory() throws Exception {
        Page refused = signedIn("focal.bw").get("/registry/contacts.xhtml?iso=CA");
        assertEquals(403, refused.status());
        assertEquals("Access denied", refused.heading());
        Page secretariat = signedIn("secretariat").get("/registry/contacts.xhtml?iso=CA");
        assertEquals("Our contacts directory", secretariat.heading());
    }

    @Test
    void applicantsShowTheirPublicStage() throws Exception {
        Page applicants = new PortalClient(base.toURI()).get("/registry/applicants.xhtml?lang=en");
        String turkey = applicants.within("list:states_data", "tr").stream().map(r -> r.text())
                .filter(t -> t.startsWith("Turkey")).findFirst().orElseThrow();
        assertTrue(turkey.contains("No application yet"), turkey);
    }
}
