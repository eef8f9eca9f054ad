package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/** An organisation asks to become an Observer; the Chair approves; its delegate acts for it. */
class ObserverIT extends PortalIT {

    @Test
    void anOrganisationAsksTheChairApprovesAndItsDelegateActsForIt() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        Page form = visitor.get("/membership/observer-apply.xhtml?lang=pt");
        assertEquals("Pedir o estatuto de observador", form.heading());
        Map<String, String> fields = new HashMap<>(Map.of("organisation", "Fair Diamonds Network",
                "motivation", "Civil-society monitoring in the Mano River region", "delegate", "Aminata Sesay",
                "email", "aminata@example.org", "username", "observer.fdn", "password", "a long passphrase",
                "repeated", "a long passphrase"));
        Page noKind = visitor.submit(form, "request", fields, "submit");
        assertTrue(noKind.messages().contains(
                "Indique se a organização é da indústria, da sociedade civil ou de outro setor."),
                noKind.messages().toString());
        fields.put("kind", "CIVIL_SOCIETY");
        Page sent = visitor.submit(noKind, "request", fields, "submit");
        assertTrue(sent.messages().stream().anyMatch(m -> m.startsWith("O pedido foi enviado.")),
                sent.messages().toString());

        PortalClient focal = new PortalClient(base.toURI());
        focal.get("/?lang=en");
        focal.login("focal.bw", DEMO_PASSWORD);
        assertEquals(403, focal.get("/registry/observer-requests.xhtml").status());

        PortalClient chair = new PortalClient(base.toURI());
        chair.get("/?lang=en");
        chair.login("chair", DEMO_PASSWORD);
        Page queue = chair.get("/registry/observer-requests.xhtml");
        org.jsoup.nodes.Element row = queue.within("requests:pending_data", "tr").stream()
                .filter(r -> r.text().contains("Fair Diamonds Network")).findFirst().orElseThrow();
        Page approved = chair.submit(queue, "requests", Map.of(), row.selectFirst("input.approve").id());
        assertTrue(approved.messages().contains(
                "The organisation is now an Observer and its delegate’s account is created."),
                approved.messages().toString());

        Page observers = new PortalClient(base.toURI()).get("/registry/observers.xhtml?lang=en");
        assertTrue(observers.textsIn("observers", "td").contains("Fair Diamonds Network"));

        PortalClient delegate = new PortalClient(base.toURI());
        delegate.get("/?lang=en");
        Page account = delegate.login("observer.fdn", "a long passphrase");
        assertEquals("My account", account.heading());
        assertEquals("Fair Diamonds Network", account.text("#actsForObserver"));
        assertEquals("Observer", account.text("#roles"));
    }
}
