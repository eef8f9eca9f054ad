package org.kimberleyprocess.portal.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.accounts.domain.ActingBodies;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.registry.application.RegistryListings;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participants;

/** The registry answers the accounts side's questions about the states and Observers that accounts act for. */
@ApplicationScoped
public class RegistryActingBodies implements ActingBodies {

    @Inject
    private Participants participants;

    @Inject
    private Observers observers;

    @Inject
    private RegistryListings listings;

    @Override
    public String participantStatus(String isoCode) {
        return participants.require(isoCode).getStatus().name();
    }

    @Override
    public String observerName(String name) {
        return observers.require(name).getName();
    }

    @Override
    public String participantName(String isoCode, Language language) {
        return listings.name(isoCode, language);
    }
}
