package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/** The committees: their public composition, the rule of 2003, and the roles that follow a seat. */
class CommitteesIT extends PortalIT {

    @Test
    void theParticipationCommitteeOf2003IsPublicAndItsRuleHolds() throws Exception {
        Page page = new PortalClient(base.toURI()).get("/plenary/committees.xhtml?lang=en");
        String pc = page.html().getElementById("PARTICIPATION_COMMITTEE").text();
        assertTrue(pc.contains("Angola") && pc.contains("European Community") && pc.contains("United States of America")
                && pc.contains("Global Witness") && pc.contains("World Diamond Council"), pc);
        assertNull(page.html().getElementById("compose"), "the public cannot compose");

        PortalClient secretariat = signedIn("secretariat");
        Page form = secretariat.get("/plenary/committees.xhtml");
        Page eighth = secretariat.submit(form, "compose", Map.of("committee", "PARTICIPATION_COMMITTEE",
                "participant", "BW"), "addParticipant");
        assertTrue(eighth.messages().contains(
                "The Participation Committee has at most 7 Participants, its chair included."), eighth.messages().toString());
        Page secondCivilSociety = secretariat.submit(eighth, "compose", Map.of("committee", "PARTICIPATION_COMMITTEE",
                "observer", "Partnership Africa Canada"), "addObserver");
        assertTrue(secondCivilSociety.messages().contains(
                "The Participation Committee already has an Observer of this kind."));
    }

    @Test
    void aSeatBringsTheWorkingGroupsRoleAndLosingItTakesItAway() throws Exception {
        PortalClient chair = signedIn("chair");
        Page added = chair.submit(chair.get("/plenary/committees.xhtml"), "compose", Map.of("committee", "MONITORING",
                "participant", "BW"), "addParticipant");
        assertTrue(added.messages().contains("The committee has been changed."), added.messages().toString());
        Page appointed = chair.submit(added, "compose", Map.of("committee", "MONITORING", "participant", "BW"),
                "appointChair");
        assertTrue(appointed.html().getElementById("MONITORING").text().contains("Chair Botswana"),
                appointed.html().getElementById("MONITORING").text());

        assertEquals("Working Group on Monitoring, Focal point", signedIn("focal.bw").get("/accounts/index.xhtml")
                .text("#roles"));

        chair.submit(chair.get("/plenary/committees.xhtml"), "compose", Map.of("committee", "MONITORING",
                "participant", "BW"), "removeParticipant");
        assertEquals("Focal point", signedIn("focal.bw").get("/accounts/index.xhtml").text("#roles"));
    }

    @Test
    void aFocalPointCannotComposeCommittees() throws Exception {
        assertNull(signedIn("focal.bw").get("/plenary/committees.xhtml").html().getElementById("compose"));
    }
}
