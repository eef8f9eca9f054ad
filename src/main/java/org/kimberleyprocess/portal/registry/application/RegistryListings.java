package org.kimberleyprocess.portal.registry.application;

import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * The registry's lists as pages read them: records, paged, sorted and filtered in the database by the name in the
 * reader's language.
 */
public interface RegistryListings {

    /** One page of a list, sorted and filtered by the name in the reader's language. */
    List<ParticipantRow> participants(ParticipantQuery q);

    /** How many states the list holds in all. */
    long countParticipants(ParticipantQuery q);

    /** The states that may apply for membership (not a Participant, not suspended), by name. */
    List<StateName> statesThatMayApply(Language language);

    /** The Observers, by name. */
    List<ObserverView> observers();

    /** A state's name in a language, as kept (the built-in name when none is kept). */
    String name(String isoCode, Language language);
}
