package org.kimberleyprocess.portal.plenary.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.plenary.application.CommitteeService;
import org.kimberleyprocess.portal.plenary.application.CommitteeView;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;
import org.kimberleyprocess.portal.registry.application.ObserverView;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** The committees and working groups (committees.xhtml); the Chair and the Secretariat compose them here. */
@Named
@RequestScoped
public class CommitteesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommitteeService committees;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private PlenaryCan can;

    private CommitteeCode code = CommitteeCode.PARTICIPATION_COMMITTEE;
    private String participant;
    private String observer;

    private List<CommitteeView> all;
    private List<ParticipantRow> participants = List.of();
    private List<ObserverView> observers = List.of();

    /** What the page shows, read once per request; the lists to compose from only for those who compose. */
    @PostConstruct
    void load() {
        all = committees.all(language.get());
        if (can.composeCommittees()) {
            participants = registry.participants(new ParticipantQuery(language.get(),
                    EnumSet.of(ParticipationStatus.PARTICIPANT), null, ParticipantSort.NAME, true, 0,
                    ParticipantQuery.MAX_PAGE));
            observers = registry.observers();
        }
    }

    public List<CommitteeView> getAll() {
        return all;
    }

    public CommitteeCode[] getCodes() {
        return CommitteeCode.values();
    }

    public List<ParticipantRow> getParticipants() {
        return participants;
    }

    public List<ObserverView> getObservers() {
        return observers;
    }

    public String addParticipant() {
        return act(() -> committees.addParticipant(code, participant));
    }

    public String removeParticipant() {
        return act(() -> committees.removeParticipant(code, participant));
    }

    public String appointChair() {
        return act(() -> committees.appointChair(code, participant));
    }

    public String addObserver() {
        return act(() -> committees.addObserver(code, observer));
    }

    public String removeObserver() {
        return act(() -> committees.removeObserver(code, observer));
    }

    private String act(Runnable action) {
        return messages.perform(action, "plenary.committee.changed", "/plenary/committees?faces-redirect=true");
    }

    public CommitteeCode getCode() {
        return code;
    }

    public void setCode(CommitteeCode code) {
        this.code = code;
    }

    public String getParticipant() {
        return participant;
    }

    public void setParticipant(String participant) {
        this.participant = participant;
    }

    public String getObserver() {
        return observer;
    }

    public void setObserver(String observer) {
        this.observer = observer;
    }
}
