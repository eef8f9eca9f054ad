package org.kimberleyprocess.portal.plenary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;
import org.kimberleyprocess.portal.registry.domain.Participant;

/**
 * A committee or working group: its chair (a member Participant) and its members, Participants in good
 * standing and Observers. The Participation Committee keeps the composition rule of 2003: at most seven
 * Participants including its chair, one civil-society and one industry Observer (nine members at most).
 */
@Entity
@Table(name = "committee")
public class Committee {

    static final int PC_MAX_PARTICIPANTS = 7;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 30)
    private CommitteeCode code;

    @ManyToOne
    @JoinColumn(name = "chair_participant_id")
    private Participant chair;

    @ManyToMany
    @JoinTable(name = "committee_participant", joinColumns = @JoinColumn(name = "committee_id"),
            inverseJoinColumns = @JoinColumn(name = "participant_id"))
    private Set<Participant> participants = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "committee_observer", joinColumns = @JoinColumn(name = "committee_id"),
            inverseJoinColumns = @JoinColumn(name = "observer_id"))
    private Set<Observer> observers = new HashSet<>();

    @Version
    private long version;

    protected Committee() {
        // for JPA
    }

    public Committee(CommitteeCode code) {
        this.code = Objects.requireNonNull(code, "code is required");
    }

    public void addParticipant(Participant p) {
        Objects.requireNonNull(p, "participant is required");
        if (!p.inGoodStanding()) {
            throw new BusinessException("plenary.committee.error.notInGoodStanding");
        }
        if (participants.contains(p)) {
            return;
        }
        if (code == CommitteeCode.PARTICIPATION_COMMITTEE && participants.size() >= PC_MAX_PARTICIPANTS) {
            throw new BusinessException("plenary.committee.error.tooManyParticipants", PC_MAX_PARTICIPANTS);
        }
        participants.add(p);
    }

    public void addObserver(Observer o) {
        Objects.requireNonNull(o, "observer is required");
        if (observers.contains(o)) {
            return;
        }
        if (code == CommitteeCode.PARTICIPATION_COMMITTEE) {
            if (o.getKind() == ObserverKind.OTHER) {
                throw new BusinessException("plenary.committee.error.observerKind");
            }
            if (observers.stream().anyMatch(x -> x.getKind() == o.getKind())) {
                throw new BusinessException("plenary.committee.error.observerSeatTaken");
            }
        }
        observers.add(o);
    }

    public void removeParticipant(Participant p) {
        participants.remove(p);
        if (p.equals(chair)) {
            chair = null;
        }
    }

    public void removeObserver(Observer o) {
        observers.remove(o);
    }

    /** The chair is one of the member Participants. */
    public void appointChair(Participant p) {
        if (!participants.contains(p)) {
            throw new BusinessException("plenary.committee.error.chairNotMember");
        }
        chair = p;
    }

    public boolean hasMember(Participant p) {
        return participants.contains(p);
    }

    public boolean hasMember(Observer o) {
        return observers.contains(o);
    }

    /** Whether the state with this ISO code holds a seat, if it is in good standing. */
    public boolean seatsInGoodStanding(String isoCode) {
        return participants.stream().anyMatch(p -> p.getIsoCode().equals(isoCode) && p.getStatus().inGoodStanding());
    }

    /** Whether the Observer with this name holds a seat. */
    public boolean seatsObserver(String name) {
        return observers.stream().anyMatch(o -> o.getName().equals(name));
    }

    public CommitteeCode getCode() {
        return code;
    }

    public Participant getChair() {
        return chair;
    }

    public Set<Participant> getParticipants() {
        return Collections.unmodifiableSet(participants);
    }

    public Set<Observer> getObservers() {
        return Collections.unmodifiableSet(observers);
    }

    public int size() {
        return participants.size() + observers.size();
    }

    /** Equal by business key, not by row: its code: one committee of each kind. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Committee other && Objects.equals(code, other.code));
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }
}
