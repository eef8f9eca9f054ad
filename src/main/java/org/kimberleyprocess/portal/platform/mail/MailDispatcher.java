package org.kimberleyprocess.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Sends each kept message once the transaction that kept it has committed (never for a rolled-back one). */
@ApplicationScoped
public class MailDispatcher {

    @Inject
    Outbox outbox;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        outbox.send(queued.messageId());
    }
}
