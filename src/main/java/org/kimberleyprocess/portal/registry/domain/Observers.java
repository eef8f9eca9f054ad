package org.kimberleyprocess.portal.registry.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** The Observer organisations, by name. */
public interface Observers {

    Optional<Observer> byName(String name);

    default Observer require(String name) {
        return byName(name == null ? "" : name).orElseThrow(() -> new NotFoundException("Observer", name));
    }

    /** Whether an Observer bears this name, whatever its case. */
    boolean nameTaken(String name);

    List<Observer> all();

    long count();

    void add(Observer observer);
}
