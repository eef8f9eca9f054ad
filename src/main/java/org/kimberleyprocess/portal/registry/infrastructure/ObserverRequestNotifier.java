package org.kimberleyprocess.portal.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.platform.mail.Outbox;
import org.kimberleyprocess.portal.registry.application.ObserverRequestDecided;

/** Writes to an Observer's delegate, in the language of the request, when the request is decided. */
@ApplicationScoped
public class ObserverRequestNotifier {

    @Inject
    Outbox outbox;

    void onDecided(@Observes ObserverRequestDecided event) {
        if (event.approved()) {
            outbox.queue(event.email(), Messages.text(event.language(), "mail.observer.approved.subject"),
                    Messages.text(event.language(), "mail.observer.approved.body", event.organisation(),
                            event.loginLink()));
        } else {
            outbox.queue(event.email(), Messages.text(event.language(), "mail.observer.refused.subject"),
                    Messages.text(event.language(), "mail.observer.refused.body", event.organisation()));
        }
    }
}
