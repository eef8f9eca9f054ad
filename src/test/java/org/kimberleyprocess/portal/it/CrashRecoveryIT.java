package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * A save the portal has acknowledged survives the server process being killed at once ({@code kill -9}). The
 * portal runs here in a Liberty server of its own ({@code faultServer}, port 9281), started as an operator
 * starts it, on the database the build tests against (a fresh embedded H2 file, or a fresh PostgreSQL database
 * beside the integration tests' one). The H2 address deliberately leaves out any write-delay setting: the
 * portal itself must make every commit durable.
 */
class CrashRecoveryIT {

    private final SeparateServer server = new SeparateServer("faultServer", 9281);

    @AfterEach
    void stopServer() throws Exception {
        server.kill();
    }

    @Test
    void everyAcknowledgedSaveIsThereAfterTheServerIsKilled() throws Exception {
        server.prepare(Map.of("kpcs.demo", "true"));
        server.start();
        URI base = server.base;
        String philippines = String.format("KP-%d-001", LocalDate.now(ZoneOffset.UTC).getYear());

        PortalClient secretariat = ApplicationSteps.loggedIn(base, "secretariat");
        Map<String, String> contact = new HashMap<>();
        contact.put("entries:0:name", "Thandiwe Nkosi");
        contact.put("entries:0:organisation", "Département des mines — Кот-д’Ивуар");
        Page saved = secretariat.submit(secretariat.get("/registry/contacts.xhtml?iso=ZA"), "contacts", contact, "save");
        assertTrue(saved.messages().contains("The contacts have been saved."), saved.messages().toString());

        PortalClient committee = ApplicationSteps.loggedIn(base, "committee");
        List<String> notes = new ArrayList<>();
        Page file = committee.get("/membership/file.xhtml?ref=" + philippines);
        for (int i = 1; i <= 5; i++) {
            String note = "Acknowledged note " + i + " of " + Instant.now();
            file = committee.submit(file, "committee", Map.of("text", note), "note");
            assertTrue(file.textsIn("notes", "td").contains(note), "the portal acknowledged note " + i);
            notes.add(note);
        }
        server.kill(); // at once, right after the last acknowledgement

        server.start();
        Page after = ApplicationSteps.loggedIn(base, "committee").get("/membership/file.xhtml?ref=" + philippines);
        List<String> kept = after.textsIn("notes", "td");
        for (String note : notes) {
            assertTrue(kept.contains(note), "lost after the crash: " + note + " (kept: " + kept + ")");
        }
        List<String> contacts = ApplicationSteps.loggedIn(base, "secretariat").get("/registry/participant.xhtml?iso=ZA")
                .textsIn("contacts", "td");
        assertTrue(contacts.contains("Thandiwe Nkosi") && contacts.contains("Département des mines — Кот-д’Ивуар"),
                contacts.toString());
    }
}
