package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Working Group on Monitoring's review of a submitted report: comments per question in its language, the
 * Participant's answers in its own, where the review stands; nobody else comments, the public reads no comment.
 */
class ReviewIT extends PortalIT {


    @Test
    void theWorkingGroupCommentsAndTheParticipantAnswersInThePortal() throws Exception {
        PortalClient monitoring = signedIn("monitoring");
        PortalClient.Page page = monitoring.get("/reporting/report.xhtml?year=2024&iso=ZA&lang=es");
        assertTrue(page.html().select("#q-II-B-1 .comments li").text().contains("15% above the exports"),
                page.html().select("#q-II-B-1").text());
        String question = "¿Quién preside el comité nacional? Indiquen la frecuencia real de sus reuniones.";
        PortalClient.Page commented = monitoring.submit(page, "review", Map.of("question", "I.A.2", "comment", question),
                "send");
        assertTrue(commented.messages().contains("El comentario se ha añadido al examen del informe."),
                commented.messages().toString());
        assertTrue(commented.html().select("#q-I-A-2 .comments li").text().contains(question));

        PortalClient focal = signedIn("focal.za");
        PortalClient.Page own = focal.get("/reporting/report.xhtml?year=2024&lang=fr");
        assertTrue(own.html().select("#q-I-A-2 .comments li").text().contains(question));
        String answer = "Le comité est présidé par le Régulateur ; il se réunit chaque mois, « sans exception ».";
        PortalClient.Page answered = focal.submit(own, "review", Map.of("question", "I.A.2", "comment", answer), "send");
        assertTrue(answered.messages().contains("Le commentaire est ajouté à l’examen du rapport."),
                answered.messages().toString());
        assertTrue(answered.html().select("#q-I-A-2 .comments li.participant").text().contains(answer));

        // the public reads the report, not its review; another Participant cannot join in
        var open = PublicPagesIT.json(new PortalClient(base.toURI()).api("GET", "/api/v1/reports/2024/ZA"));
        assertEquals(0, open.getJsonArray("comments").size());
        assertEquals(403, signedIn("focal.bw").api("POST", "/api/v1/reports/2024/ZA/comments",
                "{\"question\": \"I.A.2\", \"text\": \"x\"}").statusCode());
        assertEquals(403, focal.api("PUT", "/api/v1/reports/2024/ZA/assessment",
                "{\"assessment\": \"ASSESSED\"}").statusCode());
    }

    @Test
    void theWorkingGroupRecordsWhereItsReviewStands() throws Exception {
        PortalClient monitoring = signedIn("monitoring");
        PortalClient.Page page = monitoring.get("/reporting/report.xhtml?year=2024&iso=ZA&lang=pt");
        PortalClient.Page recorded = monitoring.submit(page, "assessment", Map.of("status", "FOLLOW_UP_REQUESTED"),
                "assess");
        assertTrue(recorded.messages().contains("A situação da análise foi registada."), recorded.messages().toString());
        assertEquals("FOLLOW_UP_REQUESTED", PublicPagesIT.json(monitoring.api("GET", "/api/v1/reports/2024/ZA"))
                .getString("assessment"));
        assertEquals(204, monitoring.api("PUT", "/api/v1/reports/2024/ZA/assessment",
                "{\"assessment\": \"ASSESSED\"}").statusCode());
        var row = monitoring.get("/reporting/compliance.xhtml?year=2024&lang=en").within("compliance:rows_data", "tr")
                .stream().filter(r -> r.text().startsWith("South Africa")).findFirst().orElseThrow();
        assertTrue(row.text().contains("Assessed"), row.text());
        // a report that was never submitted is not reviewed
        var refused = monitoring.api("PUT", "/api/v1/reports/2025/RU/assessment?lang=ru", "{\"assessment\": \"ASSESSED\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("Рассматривается только представленный доклад.",
                PublicPagesIT.json(refused).getString("message"));
    }
}
