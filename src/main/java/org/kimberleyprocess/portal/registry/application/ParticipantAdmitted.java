package org.kimberleyprocess.portal.registry.application;

import java.util.List;
import java.util.Objects;
import org.kimberleyprocess.portal.registry.domain.ContactEntry;

/**
 * A state was admitted as a Participant, with the contacts its application named (focal point, alternate, the
 * authorities), from which the registry starts the new Participant's contacts directory. Fired in the admitting
 * transaction.
 *
 * @param isoCode  the new Participant
 * @param source   where the contacts come from (the application's reference), for the audit log
 * @param contacts the proposed entries, all KP only; longer texts than the directory takes are cut there
 */
public record ParticipantAdmitted(String isoCode, String source, List<ContactEntry> contacts) {

    public ParticipantAdmitted {
        Objects.requireNonNull(isoCode, "isoCode is required");
        contacts = List.copyOf(contacts);
    }
}
