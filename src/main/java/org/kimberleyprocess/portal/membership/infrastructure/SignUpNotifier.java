package org.kimberleyprocess.portal.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.membership.application.SignUpMoved;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.platform.mail.Outbox;

/** Writes to a representative who signed up, in the language of the sign-up, at each of its steps. */
@ApplicationScoped
public class SignUpNotifier {

    @Inject
    Outbox outbox;

    void onMoved(@Observes SignUpMoved event) {
        Language language = event.language();
        String state = CountryNames.name(event.isoCode(), language);
        switch (event.step()) {
            case RECEIVED -> outbox.queue(event.email(), Messages.text(language, "mail.signup.subject"),
                    Messages.text(language, "mail.signup.body", event.displayName(), state, event.link()));
            case CONFIRMED -> outbox.queue(event.email(), Messages.text(language, "mail.signup.confirmed.subject"),
                    Messages.text(language, "mail.signup.confirmed.body", event.displayName(), state, event.link()));
            case REFUSED -> outbox.queue(event.email(), Messages.text(language, "mail.signup.refused.subject"),
                    Messages.text(language, "mail.signup.refused.body", event.displayName()));
        }
    }
}
