package org.kimberleyprocess.portal.platform.mail;

import java.util.List;
import java.util.Optional;

/** The outbox as stored: every message, sent or not. */
public interface MailMessages {

    void add(MailMessage message);

    Optional<MailMessage> byId(long id);

    /** The newest messages first. */
    List<MailMessage> latest(int max);
}
