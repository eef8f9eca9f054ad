package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/** Applications opened at the same moment get different references (KP-year-NNN), one each, none refused. */
class ApplicationReferencesIT extends PortalIT {

    @Test
    void applicationsOpenedAtOnceGetDifferentReferences() throws Exception {
        List<String> states = List.of("FJ", "WS", "TO", "VU", "PG", "SB");
        List<PortalClient> applicants = new ArrayList<>();
        List<Page> starts = new ArrayList<>();
        for (String iso : states) {
            PortalClient applicant = ApplicationSteps.signedUpApplicant(base.toURI(), "rep." + iso.toLowerCase(), iso,
                    "a long passphrase");
            applicants.add(applicant);
            starts.add(applicant.get("/membership/application.xhtml"));
        }
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(states.size());
        List<Future<Page>> opened = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            PortalClient applicant = applicants.get(i);
            Page start = starts.get(i);
            opened.add(pool.submit(() -> {
                ready.await();
                return applicant.submit(start, "start", Map.of(), "startButton");
            }));
        }
        ready.countDown();
        Set<String> references = new TreeSet<>();
        for (Future<Page> f : opened) {
            Page wizard = f.get();
            assertEquals(200, wizard.status());
            String reference = wizard.text("#reference");
            assertTrue(reference.matches("KP-\\d{4}-\\d{3}"), wizard.heading() + " " + wizard.messages() + " " + reference);
            references.add(reference);
        }
        pool.shutdown();
        assertEquals(states.size(), references.size(), "one reference each: " + references);

        Page fiji = new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=FJ&lang=fr");
        assertEquals("Candidat", fiji.text("#status"));
        assertTrue(fiji.textsIn("history", "td").contains(
                "Inscrit comme candidat par l’inscription en ligne du portail, confirmée par le Secrétariat"),
                fiji.textsIn("history", "td").toString());
        assertTrue(!fiji.html().text().contains("rep.fj"), "the public history names no account");
    }
}
