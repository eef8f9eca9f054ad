package org.kimberleyprocess.portal.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.membership.application.ApplicationMoved;
import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.platform.mail.Outbox;

/** Writes to the applicant's focal point, in the applicant's language, whenever its application moves. */
@ApplicationScoped
public class ApplicationNotifier {

    @Inject
    Outbox outbox;

    void onMoved(@Observes ApplicationMoved event) {
        if (event.recipient() == null) {
            return;
        }
        Language language = Language.fromCode(event.recipientLanguage()).orElse(Language.DEFAULT);
        String status = Messages.text(language, "ApplicationStatus." + event.status().name());
        String state = CountryNames.name(event.isoCode(), language);
        String subject = Messages.text(language, "mail.application.subject", event.reference(), status);
        String body = Messages.text(language, "mail.application.body", state, event.reference(), status)
                + (event.comment() == null ? "" : "\n\n" + event.comment())
                + (event.status() == ApplicationStatus.ADMITTED
                        ? "\n\n" + Messages.text(language, "mail.application.admittedContacts") : "");
        outbox.queue(event.recipient(), subject, body);
    }
}
