package org.kimberleyprocess.portal.plenary.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A Plenary or intersessional meeting: its dates, place and agenda, and who was present. */
@Entity
@Table(name = "plenary_meeting")
public class Meeting {

    public static final int TITLE_LENGTH = 200;
    public static final int PLACE_LENGTH = 200;
    public static final int AGENDA_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = PLACE_LENGTH)
    private String place;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(length = AGENDA_LENGTH)
    private String agenda;

    @ElementCollection
    @CollectionTable(name = "plenary_meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "iso_code", length = 2)
    private Set<String> participantsPresent = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "plenary_meeting_observer", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "observer_name", length = 200)
    private Set<String> observersPresent = new TreeSet<>();

    @Version
    private long version;

    protected Meeting() {
        // for JPA
    }

    public Meeting(MeetingKind kind, String title, String place, LocalDate startsOn, LocalDate endsOn, String agenda) {
        if (kind == null || blank(title) || blank(place) || startsOn == null || endsOn == null) {
            throw new BusinessException("plenary.meeting.error.incomplete");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new BusinessException("plenary.meeting.error.dates");
        }
        requireLength(title, TITLE_LENGTH);
        requireLength(place, PLACE_LENGTH);
        requireLength(agenda, AGENDA_LENGTH);
        this.kind = kind;
        this.title = title.strip();
        this.place = place.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.agenda = blank(agenda) ? null : agenda.strip();
    }

    /** Who was present: Participants by ISO code, Observers by name (the registry's keys). */
    public void recordPresence(Collection<String> participants, Collection<String> observers) {
        participantsPresent.clear();
        participantsPresent.addAll(participants);
        observersPresent.clear();
        observersPresent.addAll(observers);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireLength(String value, int limit) {
        BoundedText.optional(value, limit, "plenary.decision.error.tooLong");
    }

    public Long getId() {
        return id;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getAgenda() {
        return agenda;
    }

    public Set<String> getParticipantsPresent() {
        return Collections.unmodifiableSet(participantsPresent);
    }

    public Set<String> getObserversPresent() {
        return Collections.unmodifiableSet(observersPresent);
    }
}
