package org.kimberleyprocess.portal.plenary.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.plenary.application.MeetingService;
import org.kimberleyprocess.portal.plenary.application.MeetingSummary;
import org.kimberleyprocess.portal.plenary.application.NewMeeting;
import org.kimberleyprocess.portal.plenary.domain.Meeting;
import org.kimberleyprocess.portal.plenary.domain.MeetingKind;

/** The meetings (meetings.xhtml), public; the Secretariat records new ones here. */
@Named
@RequestScoped
public class MeetingsBacking {

    @Inject
    private MeetingService meetings;

    @Inject
    private PageMessages messages;

    private List<MeetingSummary> all;
    private MeetingKind kind = MeetingKind.PLENARY;
    private String title;
    private String place;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String agenda;

    @PostConstruct
    void load() {
        all = meetings.all();
    }

    public String record() {
        long[] id = new long[1];
        String outcome = messages.perform(() -> id[0] = meetings.record(new NewMeeting(kind, title, place, startsOn,
                endsOn, agenda)), "plenary.meeting.recorded", "");
        return outcome == null ? null : "/plenary/meeting?faces-redirect=true&id=" + id[0];
    }

    public List<MeetingSummary> getAll() {
        return all;
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public int getTitleLength() {
        return Meeting.TITLE_LENGTH;
    }

    public int getPlaceLength() {
        return Meeting.PLACE_LENGTH;
    }

    public int getAgendaLength() {
        return Meeting.AGENDA_LENGTH;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
