package org.kimberleyprocess.portal.platform.mail;

/** A message was kept in the outbox; once its transaction commits it may be sent. */
public record MailQueued(Long messageId) {
}
