package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Report reminders, with the test server's clock moved to the days they fall due: 30 days before 31 March, then
 * weekly once overdue; each sent once, however often the reminders run; in each focal point's language.
 */
class ReminderIT extends PortalIT {

    private PortalClient secretariat() throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.get("/?lang=en");
        client.login("secretariat", DEMO_PASSWORD);
        return client;
    }

    private static void moveClock(PortalClient secretariat, String now) {
        assertEquals(204, secretariat.api("PUT", "/api/v1/test/clock", "{\"now\": \"" + now + "\"}").statusCode());
    }

    private static List<String> mailsTo(PortalClient secretariat, String address) {
        return secretariat.get("/platform/outbox.xhtml").within("mails_data", "tr").eachText().stream()
                .filter(row -> row.contains(address)).toList();
    }

    @AfterEach
    void realTime() throws Exception {
        assertEquals(204, secretariat().api("DELETE", "/api/v1/test/clock", "").statusCode());
    }

    /** Makes a language an account's preference, as choosing it and then posting anything does. */
    private void prefer(String username, String lang) throws Exception {
        PortalClient person = new PortalClient(base.toURI());
        person.get("/?lang=" + lang);
        person.login(username, DEMO_PASSWORD);
        person.get("/?lang=" + lang);
        person.api("POST", "/api/v1/reports/reminders");
    }

    @Test
    void eachReminderGoesOutOnceInTheFocalPointsLanguage() throws Exception {
        prefer("focal.ru", "ru");
        prefer("focal.ca", "fr");
        PortalClient secretariat = secretariat();
        moveClock(secretariat, "2026-03-01T08:00:00Z");
        assertEquals(200, secretariat.api("POST", "/api/v1/reports/reminders").statusCode());
        List<String> russian = mailsTo(secretariat, "focal.ru@demo.invalid");
        assertEquals(1, russian.stream().filter(m -> m.contains(
                "Кимберлийский процесс: скоро истекает срок представления вашего ежегодного доклада за 2025 год"))
                .count(), russian.toString());
        // run again (a second server, a restart): nothing more goes out
        String again = secretariat.api("POST", "/api/v1/reports/reminders").body();
        assertEquals("{\"sent\":0}", again);
        assertEquals(russian, mailsTo(secretariat, "focal.ru@demo.invalid"));

        // a week after the deadline, the overdue reminder
        moveClock(secretariat, "2026-04-08T08:00:00Z");
        secretariat.api("POST", "/api/v1/reports/reminders");
        List<String> late = mailsTo(secretariat, "focal.ca@demo.invalid");
        assertTrue(late.stream().anyMatch(m -> m.contains(
                "Processus de Kimberley : votre rapport annuel sur 2025 est en retard")), late.toString());
        assertEquals("{\"sent\":0}", secretariat.api("POST", "/api/v1/reports/reminders").body());
    }

    @Test
    void onlyTheSecretariatRunsThemAndMovesNoClockElsewhere() throws Exception {
        PortalClient focal = new PortalClient(base.toURI());
        focal.get("/?lang=en");
        focal.login("focal.bw", DEMO_PASSWORD);
        assertEquals(403, focal.api("POST", "/api/v1/reports/reminders").statusCode());
        assertEquals(403, focal.api("PUT", "/api/v1/test/clock", "{\"now\": \"2030-01-01T00:00:00Z\"}").statusCode());
    }
}
