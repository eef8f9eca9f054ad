package org.kimberleyprocess.portal.platform.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * Keeps every outgoing message in the outbox, in the caller's transaction. Outside demo mode each message is
 * then sent over the configured SMTP server ({@code mail/kpcs}), after the transaction, and marked sent or
 * failed; in demo mode nothing leaves the machine and the Secretariat reads the outbox in the portal.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @Inject
    private MailMessages messages;

    @Inject
    private Clock clock;

    @Inject
    private PortalConfig config;

    @Resource(lookup = "mail/kpcs")
    private Session mailSession;

    @Inject
    private jakarta.enterprise.event.Event<MailQueued> queued;

    @PermitAll
    public MailMessage queue(String recipient, String subject, String body) {
        MailMessage message = new MailMessage(clock.instant(), recipient, subject, body);
        messages.add(message);
        queued.fire(new MailQueued(message.getId()));
        return message;
    }

    /** Sends a kept message (outside demo mode); called after the transaction that kept it. */
    @PermitAll
    @Asynchronous
    public void send(Long messageId) {
        if (config.isDemo()) {
            return;
        }
        MailMessage message = messages.byId(messageId).orElse(null);
        if (message == null || message.getSentAt() != null) {
            return;
        }
        try {
            MimeMessage mime = new MimeMessage(mailSession);
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
            mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
            mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
            Transport.send(mime);
            message.sent(clock.instant());
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Mail to " + message.getRecipient() + " not sent", e);
            message.failed(e.getMessage());
        }
    }

    @RolesAllowed(Role.SECRETARIAT_NAME)
    public List<MailView> latest(int max) {
        return messages.latest(Math.max(1, Math.min(max, 500))).stream().map(MailView::of).toList();
    }
}
