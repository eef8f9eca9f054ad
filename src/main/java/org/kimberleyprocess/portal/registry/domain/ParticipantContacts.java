package org.kimberleyprocess.portal.registry.domain;

import java.util.List;

/** The entries of each Participant's contacts directory. */
public interface ParticipantContacts {

    List<ParticipantContact> of(Participant participant);

    void add(ParticipantContact contact);
}
