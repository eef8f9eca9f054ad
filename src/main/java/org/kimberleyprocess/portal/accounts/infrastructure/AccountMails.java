package org.kimberleyprocess.portal.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.accounts.domain.PasswordChanged;
import org.kimberleyprocess.portal.accounts.domain.PasswordLinkIssued;
import org.kimberleyprocess.portal.accounts.domain.UsernameAsked;
import org.kimberleyprocess.portal.accounts.domain.Usernames;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.platform.mail.Outbox;

/** Writes the mails about accounts, in the person's language, into the outbox (sent once the change commits). */
@ApplicationScoped
public class AccountMails {

    @Inject
    Outbox outbox;

    @Inject
    Usernames usernames;

    void onUsernameAsked(@Observes UsernameAsked event) {
        usernames.holder(event.username()).ifPresent(holder -> outbox.queue(holder.email(),
                Messages.text(holder.language(), "mail.usernameAsked.subject"),
                Messages.text(holder.language(), "mail.usernameAsked.body", event.username())));
    }

    void onPasswordChanged(@Observes PasswordChanged event) {
        outbox.queue(event.email(), Messages.text(event.language(), "mail.passwordChanged.subject"),
                Messages.text(event.language(), "mail.passwordChanged.body", event.username(),
                        event.tokensRevoked()));
    }

    void onPasswordLink(@Observes PasswordLinkIssued event) {
        if (event.purpose() == PasswordLinkIssued.Purpose.RESET) {
            outbox.queue(event.email(), Messages.text(event.language(), "mail.reset.subject"),
                    Messages.text(event.language(), "mail.reset.body", event.username(), event.link()));
        } else {
            outbox.queue(event.email(), Messages.text(event.language(), "mail.invite.subject"),
                    Messages.text(event.language(), "mail.invite.body", event.displayName(), event.username(),
                            event.link()));
        }
    }
}
