package org.kimberleyprocess.portal.plenary.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;
import org.kimberleyprocess.portal.plenary.application.LibraryDocumentView;
import org.kimberleyprocess.portal.plenary.application.LibraryService;
import org.kimberleyprocess.portal.plenary.application.MeetingService;
import org.kimberleyprocess.portal.plenary.application.MeetingView;
import org.kimberleyprocess.portal.registry.application.ObserverView;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** One meeting (meeting.xhtml): agenda, who was present, decisions agreed there; the Secretariat records presence. */
@Named
@RequestScoped
public class MeetingBacking {

    @Inject
    private MeetingService meetings;

    @Inject
    private RegistryService registry;

    @Inject
    private LibraryService library;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private PlenaryCan can;

    private MeetingView meeting;
    private List<String> participants = new ArrayList<>();
    private List<String> observers = new ArrayList<>();
    private List<ParticipantRow> states;
    private List<LibraryDocumentView> documents;

    /**
     * Who was present, as stored, read on every request (a refused post shows the form again with what is stored, or
     * with what the person sent in it).
     */
    @PostConstruct
    void read() {
        if (getMeeting() != null) {
            participants = new ArrayList<>(meeting.participants());
            observers = new ArrayList<>(meeting.observers());
        }
    }

    public void load() throws IOException {
        boolean postback = FacesContext.getCurrentInstance().isPostback();
        if (postback && Pages.intParameter("id").isEmpty()) {
            return;
        }
        if (getMeeting() == null) {
            throw new NotFoundException("Meeting", Pages.intParameter("id").orElse(0));
        }
    }

    public String recordPresence() {
        return messages.perform(() -> meetings.recordPresence(meeting.id(), participants, observers),
                "plenary.meeting.presenceRecorded", "/plenary/meeting?faces-redirect=true&id=" + meeting.id());
    }

    /** The states that can be present (Participants, suspended ones too), for the Secretariat's form. */
    public List<ParticipantRow> getStates() {
        if (states == null) {
            states = can.recordMeetings() ? registry.participants(new ParticipantQuery(language.get(),
                    EnumSet.of(ParticipationStatus.PARTICIPANT, ParticipationStatus.SUSPENDED), null,
                    ParticipantSort.NAME, true, 0, ParticipantQuery.MAX_PAGE)) : List.of();
        }
        return states;
    }

    /** The meeting's documents the reader may read. */
    public List<LibraryDocumentView> getDocuments() {
        if (documents == null) {
            documents = getMeeting() == null ? List.of() : library.ofMeeting(getMeeting().id());
        }
        return documents;
    }

    public List<ObserverView> getAllObservers() {
        return can.recordMeetings() ? registry.observers() : List.of();
    }

    /** The meeting of the request's {@code id}, read at its first use (a refused form is shown again without the view action). */
    public MeetingView getMeeting() {
        if (meeting == null) {
            Pages.intParameter("id").ifPresent(id -> {
                try {
                    meeting = meetings.meeting(id, language.get());
                } catch (NotFoundException e) {
                    // the view action answers 404
                }
            });
        }
        return meeting;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public void setParticipants(List<String> participants) {
        this.participants = participants;
    }

    public List<String> getObservers() {
        return observers;
    }

    public void setObservers(List<String> observers) {
        this.observers = observers;
    }
}
