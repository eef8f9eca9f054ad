package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.platform.mail.MailMessage;
import org.kimberleyprocess.portal.platform.mail.Outbox;

/** The Secretariat's view of the mail outbox (secretariat/outbox.xhtml). */
@Named
@RequestScoped
public class OutboxBacking {

    @Inject
    private Outbox outbox;

    private List<MailMessage> messages;

    public List<MailMessage> getMessages() {
        if (messages == null) {
            messages = outbox.latest(200);
        }
        return messages;
    }
}
