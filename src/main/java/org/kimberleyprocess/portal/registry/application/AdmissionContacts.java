package org.kimberleyprocess.portal.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.registry.domain.ContactEntry;
import org.kimberleyprocess.portal.registry.domain.ContactRole;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantContact;
import org.kimberleyprocess.portal.registry.domain.ParticipantContacts;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * A new Participant's contacts directory starts from its application: every field KP only until its focal point
 * makes it public. Entries already in the directory (a state admitted again) are kept.
 */
@ApplicationScoped
public class AdmissionContacts {

    @Inject
    private Participants participants;

    @Inject
    private ParticipantContacts contacts;

    @Inject
    private Event<Audited> audit;

    void seed(@Observes ParticipantAdmitted admitted) {
        Participant state = participants.require(admitted.isoCode());
        Set<ContactRole> present = contacts.of(state).stream().map(ParticipantContact::getRole)
                .collect(Collectors.toSet());
        for (ContactEntry seed : admitted.contacts()) {
            if (!seed.isEmpty() && !present.contains(seed.role())) {
                ParticipantContact contact = new ParticipantContact(state, seed.role());
                contact.update(fitted(seed));
                contacts.add(contact);
            }
        }
        audit.fire(new Audited("CONTACTS_SEEDED", "Participant", state.getIsoCode(), "from application "
                + admitted.source()));
    }

    private static ContactEntry fitted(ContactEntry e) {
        return new ContactEntry(e.role(), fit(e.name()), fit(e.organisation()), e.email(), e.phone(), false, false,
                false, false);
    }

    /** A text longer than a directory field is cut, with an ellipsis to say so. */
    private static String fit(String text) {
        int max = ParticipantContact.TEXT_LENGTH;
        return text == null || text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
