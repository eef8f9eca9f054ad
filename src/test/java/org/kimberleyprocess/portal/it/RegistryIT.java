package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/** Decisions on the registry: a suspension and its lifting, and the selection of a Vice-Chair. */
class RegistryIT extends PortalIT {

    @Test
    void theChairSuspendsAndReinstatesAParticipantAndTheHistoryIsPublic() throws Exception {
        ApplicationSteps.adoptedDecision(base.toURI(), "Administrative decision 2026/1");
        ApplicationSteps.adoptedDecision(base.toURI(), "Administrative decision 2026/2");
        PortalClient chair = signedIn("chair");
        Page zimbabwe = chair.get("/registry/participant.xhtml?iso=ZW");
        Page incomplete = chair.submit(zimbabwe, "statusChange", Map.of("next", "SUSPENDED", "date", "2026-01-10",
                "decision", "Administrative decision 2026/1"), "change");
        assertTrue(incomplete.messages().contains("Give the new status, its date, the decision and the reason."),
                incomplete.messages().toString());
        assertEquals("Participant", incomplete.text("#status"));

        Page suspended = chair.submit(incomplete, "statusChange", Map.of("next", "SUSPENDED", "date", "2026-01-10",
                "decision", "Administrative decision 2026/1", "reason", "No annual report for two years"), "change");
        assertEquals("Suspended", suspended.text("#status"));
        assertTrue(suspended.messages().contains("The change of status has been recorded."));

        Page publicView = new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=ZW&lang=en");
        assertEquals("Suspended", publicView.text("#status"));
        List<String> history = publicView.textsIn("history", "td");
        assertTrue(history.contains("No annual report for two years"), history.toString());
        assertNull(publicView.html().getElementById("statusChange:change"), "the public gets no status form");

        Page reinstated = chair.submit(chair.get("/registry/participant.xhtml?iso=ZW"), "statusChange", Map.of("next", "PARTICIPANT",
                "date", "2026-03-01", "decision", "Administrative decision 2026/2", "reason", "Reports received"),
                "change");
        assertEquals("Participant", reinstated.text("#status"));
        assertEquals(3, reinstated.within("history", "tbody tr").size());
    }

    @Test
    void aFocalPointCannotRecordRegistryDecisions() throws Exception {
        PortalClient focal = signedIn("focal.bw");
        assertNull(focal.get("/registry/participant.xhtml?iso=BW").html().getElementById("statusChange"));
        assertNull(focal.get("/registry/chairs.xhtml").html().getElementById("select"));
    }

    @Test
    void thePlenarysViceChairIsChairTheYearAfter() throws Exception {
        ApplicationSteps.adoptedDecision(base.toURI(), "Plenary 2029");
        PortalClient secretariat = signedIn("secretariat");
        Page chairs = secretariat.get("/registry/chairs.xhtml");
        Page badYear = secretariat.submit(chairs, "select", Map.of("year", "1999", "participant", "BW",
                "decision", "Plenary 2029"), "record");
        assertTrue(badYear.messages().contains("Give a year between 2003 and 2100."), badYear.messages().toString());

        Page recorded = secretariat.submit(badYear, "select", Map.of("year", "2030", "participant", "BW",
                "decision", "Plenary 2029"), "record");
        assertTrue(recorded.messages().contains("The selection has been recorded."), recorded.messages().toString());
        List<String> rows = recorded.within("terms_data", "tr").eachText();
        assertTrue(rows.contains("2031 Chair Botswana") && rows.contains("2030 Vice-Chair Botswana"), rows.toString());

        Page again = secretariat.submit(recorded, "select", Map.of("year", "2030", "participant", "NA",
                "decision", "Plenary 2029"), "record");
        assertTrue(again.messages().contains(
                "The Vice-Chair for 2030 (or the Chair for the year after) is already recorded."),
                again.messages().toString());

        Page publicList = new PortalClient(base.toURI()).get("/registry/chairs.xhtml?lang=ru");
        assertTrue(publicList.within("terms_data", "tr").eachText().contains("2003 Председатель Южно-Африканская Республика"));
    }
}
