package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.platform.mail.MailView;
import org.kimberleyprocess.portal.platform.mail.Outbox;

/** The Secretariat's view of the mail outbox (secretariat/outbox.xhtml). */
@Named
@RequestScoped
public class OutboxBacking {

    @Inject
    private Outbox outbox;

    private List<MailView> messages;

    @Inject
    private org.kimberleyprocess.portal.platform.config.PortalConfig config;

    public List<MailView> getMessages() {
        if (messages == null) {
            messages = outbox.latest(200);
        }
        return messages;
    }

    /**
     * A message's text as the Secretariat reads it: outside demo mode the secrets of the links it carries (sign-up,
     * password reset) are hidden, so that reading the outbox opens nobody's account. In demo mode no mail leaves
     * the machine and the outbox is the only way to follow a link, so they are shown.
     */
    public String body(MailView message) {
        return config.isDemo() ? message.body() : LINK_SECRET.matcher(message.body()).replaceAll("$1…");
    }

    static final java.util.regex.Pattern LINK_SECRET = java.util.regex.Pattern.compile("(token=)[0-9A-Za-z_-]{8,}");
}
