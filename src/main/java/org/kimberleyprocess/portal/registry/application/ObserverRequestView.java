package org.kimberleyprocess.portal.registry.application;

import org.kimberleyprocess.portal.registry.domain.ObserverKind;
import org.kimberleyprocess.portal.registry.domain.ObserverRequest;

/** An Observer request awaiting a decision, as the Chair and the Secretariat read it (no password hash). */
public record ObserverRequestView(Long id, String organisation, ObserverKind kind, String motivation,
                                  String delegateName, String username, String email) {

    static ObserverRequestView of(ObserverRequest r) {
        return new ObserverRequestView(r.getId(), r.getOrganisation(), r.getKind(), r.getMotivation(),
                r.getDelegateName(), r.getUsername(), r.getEmail());
    }
}
