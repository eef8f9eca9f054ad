package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.registry.domain.ChairTerm;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.ObserverRequest;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantContact;
import org.kimberleyprocess.portal.registry.domain.StatusChange;

/** The registry's field limits as pages read them ({@code #{registryLimits…}}): the entities' own constants. */
@Named
@ApplicationScoped
public class RegistryLimits {

    public int getIsoLength() {
        return Participant.ISO_LENGTH;
    }

    public int getStateNameLength() {
        return Participant.NAME_LENGTH;
    }

    public int getObserverNameLength() {
        return Observer.NAME_LENGTH;
    }

    public int getMotivationLength() {
        return ObserverRequest.MOTIVATION_LENGTH;
    }

    public int getReferenceLength() {
        return StatusChange.REFERENCE_LENGTH;
    }

    public int getReasonLength() {
        return StatusChange.REASON_LENGTH;
    }

    public int getChairDecisionLength() {
        return ChairTerm.SELECTED_BY_LENGTH;
    }

    /** A year has four digits. */
    public int getYearDigits() {
        return String.valueOf(ChairTerm.LAST_YEAR).length();
    }

    public int getContactTextLength() {
        return ParticipantContact.TEXT_LENGTH;
    }

    public int getContactPhoneLength() {
        return ParticipantContact.PHONE_LENGTH;
    }
}
