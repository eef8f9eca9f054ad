package org.kimberleyprocess.portal.registry.domain;

import java.util.List;
import java.util.Optional;

/** Requests of organisations to become Observers. */
public interface ObserverRequests {

    Optional<ObserverRequest> byId(Long id);

    /** Requests not yet decided, the earliest first. */
    List<ObserverRequest> pending();

    void add(ObserverRequest request);
}
