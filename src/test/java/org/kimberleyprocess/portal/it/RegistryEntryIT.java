package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;
import org.kimberleyprocess.portal.it.PortalClient.Upload;

/**
 * The Secretariat enters the registry directly: a registry file (the demonstration data's format) recorded all or
 * nothing with its problems line by line, and states, Observers and Chair terms entered one by one.
 */
class RegistryEntryIT extends PortalIT {

    private static final String STATES = "\uFEFFiso2,name,kind,status,date,reference,reason\n"
            + "NZ,New Zealand,STATE,APPLICANT,2004-02-01,\"Plenary, Gatineau, 2004\",\n"
            + "NZ,,,PARTICIPANT,2004-11-01,AD 2004/7,Admise après l’examen de sa législation\n"
            + "NZ,,,SUSPENDED,2005-06-01,AD 2005/2,\"Rapport annuel non remis ; décision « provisoire »\"\n"
            + "NZ,,,PARTICIPANT,2005-09-01,AD 2005/4,Rapport reçu\n"
            + "SG,Singapore,STATE,PARTICIPANT,2004-08-01,AD 2004/5,\n";

    private Page importFile(PortalClient client, String name, String content, String lang) {
        Page page = client.get("/registry/manage.xhtml?lang=" + lang);
        return client.submitWithFiles(page, "import", Map.of(), Map.of("file",
                new Upload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8))), "importFile");
    }

    @Test
    void aRegistryFileIsRecordedWholeOrNotAtAllWithItsProblemsLineByLine() throws Exception {
        PortalClient secretariat = ApplicationSteps.loggedIn(base.toURI(), "secretariat");
        String bad = STATES
                + "SG,,,APPLICANT,2005-01-01,AD 2005/9,\n"
                + "XQ,Nowhere,STATE,APPLICANT,2004-01-01,AD 2004/1,\n"
                + "LS,,,PARTICIPANT,31.12.2004,AD 2004/8,\n";
        Page refused = importFile(secretariat, "registry.csv", bad, "fr");
        assertTrue(refused.messages().contains("Rien n’a été importé : 3 problème(s). Corrigez les lignes ci-dessous"
                + " et importez de nouveau le fichier."), refused.messages().toString());
        List<String> problems = refused.within("import:problems_data", "tr").eachText();
        assertEquals(List.of(
                "7 Les procédures ne permettent pas ce changement de statut.",
                "8 « XQ » n’est pas un code ISO 3166-1 de deux majuscules (ni EU).",
                "9 Colonne date : « 31.12.2004 » n’est pas une date au format AAAA-MM-JJ."), problems);
        PortalClient visitor = new PortalClient(base.toURI());
        assertEquals(404, visitor.get("/registry/participant.xhtml?iso=NZ").status(), "nothing of a refused file is kept");
        assertEquals(404, visitor.get("/registry/participant.xhtml?iso=SG").status());

        Page done = importFile(secretariat, "registry.csv", STATES, "en");
        assertTrue(done.messages().contains(
                "Imported: 2 states, 3 changes of status, 0 Observers, 0 Chair terms."), done.messages().toString());
        Page nz = visitor.get("/registry/participant.xhtml?iso=NZ&lang=en");
        assertEquals("Participant", nz.text("#status"));
        List<String> history = nz.textsIn("history", "td");
        assertTrue(history.contains("Rapport annuel non remis ; décision « provisoire »"), history.toString());
        assertTrue(history.contains("Admise après l’examen de sa législation"), history.toString());
        assertTrue(history.contains("Suspended"), history.toString());
        assertEquals(4, nz.within("history", "tbody tr").size());
        assertEquals("Participant", visitor.get("/registry/participant.xhtml?iso=SG&lang=en").text("#status"));

        Page again = importFile(secretariat, "registry.csv", "iso2,name,kind,status,date,reference\n"
                + "NZ,New Zealand,STATE,SUSPENDED,2005-01-01,AD 2005/1\n", "en");
        assertTrue(again.textsIn("import:problems_data", "td").contains(
                "The date cannot be earlier than the current status."), again.html().text());
    }

    @Test
    void observersAndChairTermsComeInTheirOwnFiles() throws Exception {
        PortalClient secretariat = ApplicationSteps.loggedIn(base.toURI(), "secretariat");
        Page observers = importFile(secretariat, "observers.csv", "name,kind,since\n"
                + "Ассоциация алмазной промышленности,INDUSTRY,2004-03-01\n"
                + "\"Red de Comercio Justo, A.C.\",CIVIL_SOCIETY,2004-05-15\n", "ru");
        assertTrue(observers.messages().contains("Импортировано: государств — 0, изменений статуса — 0, наблюдателей"
                + " — 2, сроков полномочий — 0."), observers.messages().toString());
        List<String> listed = new PortalClient(base.toURI()).get("/registry/observers.xhtml?lang=es").texts("td");
        assertTrue(listed.containsAll(List.of("Ассоциация алмазной промышленности", "Red de Comercio Justo, A.C.")),
                listed.toString());

        Page refused = importFile(secretariat, "terms.csv", "year,office,iso2,reference\n"
                + "2040,CHAIR,ZW,Plenary 2039\n"
                + "2041,CHAIR,GH,Plenary 2040\n"
                + "2042,CHAIR,ZZ,Plenary 2041\n", "pt");
        assertEquals(List.of("3 O titular de um mandato de Presidente ou Vice-Presidente deve ter sido Participante"
                        + " nesse ano.", "4 O registo não contém nenhum Estado com o código ZZ."),
                refused.within("import:problems_data", "tr").eachText());
        List<String> terms = new PortalClient(base.toURI()).get("/registry/chairs.xhtml?lang=en").within("terms_data", "tr")
                .eachText();
        assertFalse(terms.stream().anyMatch(t -> t.startsWith("2040")), terms.toString());

        Page recorded = importFile(secretariat, "terms.csv", "year,office,iso2,reference\n"
                + "2040,CHAIR,ZW,Plenary 2039\n", "en");
        assertTrue(recorded.messages().contains("Imported: 0 states, 0 changes of status, 0 Observers, 1 Chair terms."),
                recorded.messages().toString());
        assertTrue(new PortalClient(base.toURI()).get("/registry/chairs.xhtml?lang=en").within("terms_data", "tr").eachText()
                .contains("2040 Chair Zimbabwe"));
    }

    @Test
    void theSecretariatEntersAStateAnObserverAndATermByHand() throws Exception {
        PortalClient secretariat = ApplicationSteps.loggedIn(base.toURI(), "secretariat");
        Page page = secretariat.get("/registry/manage.xhtml?lang=es");
        Page incomplete = secretariat.submit(page, "state", Map.of("iso", "KZ", "name", "Kazakhstan"), "enterState");
        assertTrue(incomplete.messages().contains(
                "Indique el código, el nombre, el tipo, la condición, su fecha y la decisión."),
                incomplete.messages().toString());

        Page entered = secretariat.submit(incomplete, "state", Map.of("iso", "kz", "name", "Kazakhstan",
                "kind", "STATE", "status", "APPLICANT", "date", "2004-06-01",
                "reference", "Decisión administrativa 2004/9 — «Almaty»", "reason", "Solicitud de adhesión"),
                "enterState");
        assertTrue(entered.messages().contains("El Estado está inscrito en el registro."), entered.messages().toString());
        Page kz = new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=KZ&lang=ru");
        assertEquals("Казахстан", kz.heading());
        assertTrue(kz.textsIn("history", "td").contains("Solicitud de adhesión"), kz.html().text());

        Page twice = secretariat.submit(secretariat.get("/registry/manage.xhtml?lang=en"), "state",
                Map.of("iso", "KZ", "name", "Kazakhstan", "kind", "STATE", "status", "APPLICANT",
                        "date", "2004-06-01", "reference", "AD 2004/9"), "enterState");
        assertTrue(twice.messages().contains(
                "The registry already holds KZ; record a change of its status on its page."), twice.messages().toString());

        Page future = secretariat.submit(twice, "observer", Map.of("observerName", "Diamond Development Initiative",
                "observerKind", "CIVIL_SOCIETY", "since", "2999-01-01"), "enterObserver");
        assertTrue(future.messages().contains("A date in the registry cannot be later than today."),
                future.messages().toString());
        Page observer = secretariat.submit(future, "observer", Map.of("observerName",
                "Association des diamantaires de Côte d’Ivoire", "observerKind", "INDUSTRY", "since", "2005-01-01"),
                "enterObserver");
        assertTrue(observer.messages().contains("The Observer is entered in the registry."), observer.messages().toString());
        assertTrue(new PortalClient(base.toURI()).get("/registry/observers.xhtml").texts("td")
                .contains("Association des diamantaires de Côte d’Ivoire"));

        Page term = secretariat.submit(observer, "term", Map.of("year", "2045", "office", "VICE_CHAIR",
                "holder", "na", "termReference", "Plenary 2044"), "enterTerm");
        assertTrue(term.messages().contains("The term is entered in the registry."), term.messages().toString());
        Page taken = secretariat.submit(term, "term", Map.of("year", "2045", "office", "VICE_CHAIR",
                "holder", "BW", "termReference", "Plenary 2044"), "enterTerm");
        assertTrue(taken.messages().contains("That office is already recorded for 2045."), taken.messages().toString());
    }

    @Test
    void onlyTheSecretariatEntersTheRegistry() throws Exception {
        for (String username : List.of("chair", "focal.bw", "committee")) {
            PortalClient client = ApplicationSteps.loggedIn(base.toURI(), username);
            assertEquals(403, client.get("/registry/manage.xhtml").status(), username);
        }
    }
}
