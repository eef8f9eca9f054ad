package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * Peer review in the running portal: the public dashboard and what the public reads of a visit (a public final report
 * and its recommendations; never a KP-only report, a team or a draft); a visit walked through by the host's focal
 * point and the Working Group on Monitoring, typed in French, Portuguese, Spanish and Russian; the roster closed to
 * the public and applicants; a review mission whose proposal becomes a draft decision of the Plenary.
 */
class PeerReviewIT extends PortalIT {

    private static String expertId(Page page, String formId, String name) {
        for (Element label : page.html().select("#" + formId + " label")) {
            Element input = page.html().getElementById(label.attr("for"));
            if (input != null && "checkbox".equals(input.attr("type")) && label.text().startsWith(name)) {
                return input.val();
            }
        }
        throw new AssertionError("no expert " + name + " in " + page.text("#" + formId));
    }

    @Test
    void thePublicReadsTheDashboardAndPublicReportsOnly() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        Page dashboard = visitor.get("/review/visits.xhtml?lang=fr");
        assertEquals("Examen par les pairs : visites d’examen", dashboard.heading());
        assertTrue(dashboard.text("#visits").contains("Botswana") && dashboard.text("#visits").contains("Rapport final"),
                dashboard.text("#visits"));
        assertTrue(dashboard.text("#visits").contains("Volontaire, en attente d’une équipe"), dashboard.text("#visits"));
        assertTrue(dashboard.text("#notVolunteered").contains("Canada"));
        assertFalse(dashboard.text("#notVolunteered").contains("Botswana"));
        String href = dashboard.html().select("#visits a").stream().filter(a -> a.text().equals("Botswana"))
                .findFirst().orElseThrow().attr("href");
        Page botswana = visitor.get("/review/visit.xhtml?lang=en&id=" + href.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
        assertTrue(botswana.text("#finalReport").contains("14 to 18 June 2004"), "a public final report");
        assertEquals(3, botswana.html().select("#recommendations tbody tr").size());
        assertTrue(botswana.html().select("#team, #terms, #draftReport, #hostComments").isEmpty(),
                "the team, terms and working papers are for the Scheme");
        assertTrue(signedIn("focal.za").get("/review/visit.xhtml?lang=en&id=" + href.replaceAll(".*[?&]id=([0-9]+).*", "$1"))
                .text("#team").contains("Sarah Mitchell"), "a Participant in good standing reads the team");

        Page participant = visitor.get("/registry/participant.xhtml?iso=BW&lang=es");
        assertTrue(participant.text("#recommendations").contains("Publish the production and trade statistics"),
                participant.text("#recommendations"));
        assertFalse(participant.text("#recommendations").contains("Train the customs officers"), "done: not open");

        assertEquals("Log in", visitor.get("/review/experts.xhtml?lang=en").heading(), "the roster is not public");
        assertEquals(403, signedIn("applicant.gh").get("/review/experts.xhtml").status());
        assertEquals(403, signedIn("focal.bw").get("/review/missions.xhtml").status(), "missions: Chair, Secretariat, WG");
    }

    @Test
    void aVisitGoesFromVolunteerToAKpOnlyFinalReportWithTheHostAndTheWorkingGroup() throws Exception {
        PortalClient host = signedIn("focal.za");
        Page dashboard = host.get("/review/visits.xhtml?lang=en");
        Page volunteered = host.submit(dashboard, "volunteer", Map.of("year", "2027"), "volunteerButton");
        assertEquals(List.of("The Participant has volunteered."), volunteered.messages());
        String visit = volunteered.uri().toString().replaceAll(".*[?&]id=([0-9]+).*", "$1");
        assertEquals(200, volunteered.status());
        Page again = host.submit(host.get("/review/visits.xhtml?lang=en"), "volunteer", Map.of("year", "2027"),
                "volunteerButton");
        assertTrue(again.messages().contains("This Participant has already volunteered for 2027."), again.messages().toString());

        PortalClient wg = signedIn("monitoring");
        Page proposal = wg.get("/review/visit.xhtml?lang=en&id=" + visit);
        Page refused = wg.submit(proposal, "proposal", Map.of("lead", "CA"), Map.of("experts",
                List.of(expertId(proposal, "proposal", "Thabo Nkosi"), expertId(proposal, "proposal", "Daniel Cohen"),
                        expertId(proposal, "proposal", "Sarah Mitchell"))), "proposeButton");
        assertTrue(refused.messages().contains("No expert of the team may be nominated by the Participant reviewed."),
                refused.messages().toString());
        Page proposed = wg.submit(proposal, "proposal", Map.of("lead", "CA"), Map.of("experts",
                List.of(expertId(proposal, "proposal", "Claire Tremblay"), expertId(proposal, "proposal", "Daniel Cohen"),
                        expertId(proposal, "proposal", "Sarah Mitchell"))), "proposeButton");
        assertEquals("Team proposed", proposed.text("#status"), proposed.messages().toString());

        String changes = "Nous souhaitons un expert lusophone : l’équipe devrait comprendre María Fernandes.";
        Page asked = host.submit(host.get("/review/visit.xhtml?lang=fr&id=" + visit), "answer",
                Map.of("changes", changes), "changesButton");
        assertEquals(changes, asked.text("#changes").replaceFirst("^[^:]*: ", ""));
        Page again2 = wg.get("/review/visit.xhtml?lang=en&id=" + visit);
        wg.submit(again2, "proposal", Map.of("lead", "CA"), Map.of("experts", List.of(
                expertId(again2, "proposal", "Maria Fernandes"), expertId(again2, "proposal", "Daniel Cohen"),
                expertId(again2, "proposal", "Aminata Diallo"))), "proposeButton");
        Page accepted = host.submit(host.get("/review/visit.xhtml?lang=en&id=" + visit), "answer", Map.of(),
                "acceptButton");
        assertEquals("Team accepted", accepted.text("#status"), accepted.messages().toString());
        assertTrue(accepted.text("#team").contains("Maria Fernandes"));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String terms = "Evaluar los controles internos desde la mina hasta la exportación — оценка внутреннего контроля.";
        Page scheduled = wg.submit(wg.get("/review/visit.xhtml?lang=en&id=" + visit), "schedule", Map.of(
                "startsOn", today.minusDays(6).toString(), "endsOn", today.minusDays(2).toString(), "terms", terms),
                "scheduleButton");
        assertEquals(terms, scheduled.text("#terms"), scheduled.messages().toString());
        String annex = "приложение — отчёт.pdf";
        Page attached = wg.submitWithFiles(scheduled, "attach", Map.of(), Map.of("file", new PortalClient.Upload(annex,
                "application/pdf", org.kimberleyprocess.portal.platform.demo.DemoDocuments.pdf("annex"))),
                "attachButton");
        assertEquals(annex, attached.text("#attachments"), attached.messages().toString());
        String link = attached.html().selectFirst("#attachments a").attr("href");
        String path = link.substring(link.indexOf("/api/v1/"));
        var download = signedIn("focal.bw").bytes(path);
        assertEquals(200, download.statusCode(), "KP access reads the working papers");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename*=UTF-8''" + java.net.URLEncoder.encode(annex, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20")), download.headers().map().toString());
        assertEquals(404, new PortalClient(base.toURI()).bytes(path).statusCode(), "not for the public");
        assertEquals(404, signedIn("applicant.gh").bytes(path).statusCode(), "not for applicants");
        Page drafted = wg.submit(attached, "draft", Map.of("report", "Draft: controls are effective."),
                "draftButton");
        assertEquals("Draft report", drafted.text("#status"), drafted.messages().toString());
        String comments = "A África do Sul agradece o relatório; a formação dos funcionários começará em março.";
        Page commented = host.submit(host.get("/review/visit.xhtml?lang=pt&id=" + visit), "comment",
                Map.of("report", comments), "commentButton");
        assertEquals(comments, commented.text("#hostComments"), commented.messages().toString());
        Page finalised = wg.submit(wg.get("/review/visit.xhtml?lang=en&id=" + visit), "final",
                Map.of("report", "Final report for the Scheme only.", "public", ""), "finalButton");
        assertEquals("Final report", finalised.text("#status"), finalised.messages().toString());
        Page recommended = wg.submit(finalised, "recommend", Map.of("text", "Audit the sorting houses yearly.",
                "owner", "Department of Mineral Resources", "due", today.plusDays(90).toString()), "recommendButton");
        assertEquals(1, recommended.html().select("#recommendations tbody tr").size(), recommended.messages().toString());

        String progress = "Первая проверка проведена в январе.";
        Page reported = host.submit(host.get("/review/visit.xhtml?lang=ru&id=" + visit), "progress",
                Map.of("note", progress), "progressButton");
        assertTrue(reported.text("#recommendations").contains(progress), reported.messages().toString());
        assertTrue(reported.text("#recommendations").contains("Выполняется"));

        PortalClient visitor = new PortalClient(base.toURI());
        Page publicView = visitor.get("/review/visit.xhtml?lang=en&id=" + visit);
        assertEquals("Final report", publicView.text("#status"));
        assertTrue(publicView.html().select("#finalReport, #recommendations, #hostComments").isEmpty(),
                "a KP-only report stays with the Scheme");
        assertFalse(visitor.get("/registry/participant.xhtml?iso=ZA&lang=en").html().text().contains("Audit the sorting"));
        assertTrue(signedIn("focal.bw").get("/registry/participant.xhtml?iso=ZA&lang=en").text("#recommendations")
                .contains("Audit the sorting houses yearly."), "KP access reads it on the Participant's page");
        assertTrue(signedIn("focal.bw").get("/review/visit.xhtml?lang=en&id=" + visit).html().select("form#progress, form#answer")
                .isEmpty(), "another Participant answers nothing as the host");
    }

    @Test
    void aFocalPointNominatesAnExpertOfItsOwnParticipant() throws Exception {
        PortalClient focal = signedIn("focal.bw");
        Page roster = focal.get("/review/experts.xhtml?lang=es");
        assertTrue(roster.html().select("#nominate\\:nominatedBy").isEmpty(), "a focal point nominates for its own");
        Page saved = focal.submit(roster, "nominate", Map.of("name", "José Núñez Peña",
                "expertise", "Aduanas, estadísticas — таможня"), Map.of("languages", List.of("es", "ru")),
                "nominateButton");
        assertTrue(saved.text("#experts").contains("José Núñez Peña"), saved.messages().toString());
        Element row = saved.html().select("#experts tbody tr").stream()
                .filter(r -> r.text().contains("José Núñez Peña")).findFirst().orElseThrow();
        assertTrue(row.text().contains("Botsuana") && row.text().contains("Aduanas, estadísticas — таможня")
                && row.text().contains("Español") && row.text().contains("Русский"), row.text());
    }

    @Test
    void aMissionsRemovalProposalBecomesADraftDecisionThatChangesNothingYet() throws Exception {
        PortalClient chair = signedIn("chair");
        Page missions = chair.get("/review/missions.xhtml?lang=en");
        Page opened = chair.submit(missions, "open", Map.of("subject", "VE", "grounds",
                "Indicaciones creíbles: exportaciones sin certificados en 2026.", "terms", "Verify the export controls."),
                Map.of("experts", List.of(expertId(missions, "open", "Claire Tremblay"))), "openButton");
        assertEquals("Open", opened.text("#status"), opened.messages().toString());
        assertEquals("Indicaciones creíbles: exportaciones sin certificados en 2026.", opened.text("#grounds"));
        String path = opened.uri().toString().substring(opened.uri().toString().indexOf("/review/"));
        PortalClient wg = signedIn("monitoring");
        Page reported = wg.submit(wg.get(path), "reportForm", Map.of("report",
                "The minimum requirements are not met."), "reportButton");
        assertEquals("Reported", reported.text("#status"), reported.messages().toString());
        Page page = chair.get(reported.uri().toString().substring(reported.uri().toString().indexOf("/review/")));
        Page noReference = chair.submit(page, "close", Map.of("outcome", "SUSPENSION_PROPOSED"), "closeButton");
        assertTrue(noReference.messages().contains(
                "A proposal to suspend or remove needs the reference of its draft decision."), noReference.messages().toString());
        Page closed = chair.submit(page, "close", Map.of("outcome", "SUSPENSION_PROPOSED", "reference", "AD 2026/84"),
                "closeButton");
        assertEquals("Closed", closed.text("#status"), closed.messages().toString());
        assertTrue(closed.text("#outcome").contains("AD 2026/84"));
        Page decisions = chair.get("/plenary/decisions.xhtml?lang=en");
        Element row = decisions.html().select("#decisions tbody tr").stream()
                .filter(r -> r.text().contains("AD 2026/84")).findFirst().orElseThrow();
        assertTrue(row.text().contains("Suspension of Venezuela") && row.text().contains("Draft"), row.text());
        assertEquals("Participant", new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=VE&lang=en")
                .text("#status"), "the registry changes only once the decision is adopted");
    }
}
