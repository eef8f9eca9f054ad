package org.kimberleyprocess.portal.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** The public lists: Participants (participants.xhtml) and applicants (applicants.xhtml). */
@Named
@ViewScoped
public class ParticipantListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    private ParticipantListModel participants;
    private ParticipantListModel applicants;

    @PostConstruct
    void init() {
        participants = new ParticipantListModel(registry, language.get(),
                EnumSet.of(ParticipationStatus.PARTICIPANT, ParticipationStatus.SUSPENDED));
        applicants = new ParticipantListModel(registry, language.get(), EnumSet.of(ParticipationStatus.APPLICANT));
    }

    public ParticipantListModel getParticipants() {
        return participants;
    }

    public ParticipantListModel getApplicants() {
        return applicants;
    }
}
