package org.kimberleyprocess.portal.platform.mail;

import java.time.Instant;

/** A message of the outbox as the Secretariat reads it. */
public record MailView(Instant createdAt, String recipient, String subject, String body, Instant sentAt,
                       String failure) {

    static MailView of(MailMessage m) {
        return new MailView(m.getCreatedAt(), m.getRecipient(), m.getSubject(), m.getBody(), m.getSentAt(),
                m.getFailure());
    }
}
