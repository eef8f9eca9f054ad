package org.kimberleyprocess.portal.registry.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * A state (or the one REIO) known to the Scheme: an applicant, a Participant, or one that was suspended or
 * removed. Its business key is the ISO 3166-1 alpha-2 code ("EU" for the European Community). The status
 * only changes through {@link #changeStatus}, which keeps the dated public history.
 */
@Entity
@Table(name = "participant")
public class Participant {

    public static final int ISO_LENGTH = 2;
    public static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "iso_code", nullable = false, unique = true, length = ISO_LENGTH)
    private String isoCode;

    /** The name as the Scheme's record spells it (English); pages show the localised name. */
    @Column(name = "recorded_name", nullable = false, length = NAME_LENGTH)
    private String recordedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ParticipantKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipationStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveDate ASC, recordedAt ASC")
    private List<StatusChange> history = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reio_member_state", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "iso_code", length = ISO_LENGTH)
    private Set<String> memberStates = new TreeSet<>();

    @Version
    private long version;

    protected Participant() {
        // for JPA
    }

    /**
     * Records a state or REIO with its first status.
     */
    public Participant(String isoCode, String recordedName, ParticipantKind kind, ParticipationStatus status,
                       LocalDate since, String decisionReference, Instant recordedAt) {
        this(isoCode, recordedName, kind, status, since, decisionReference, null, recordedAt);
    }

    /**
     * Records a state or REIO with its first status and the reason given for it.
     */
    public Participant(String isoCode, String recordedName, ParticipantKind kind, ParticipationStatus status,
                       LocalDate since, String decisionReference, String reason, Instant recordedAt) {
        this(isoCode, recordedName, kind, status, since);
        history.add(new StatusChange(this, status, since, decisionReference, reason, recordedAt));
    }

    private Participant(String isoCode, String recordedName, ParticipantKind kind, ParticipationStatus status,
                        LocalDate since) {
        this.isoCode = requireIsoCode(isoCode);
        this.recordedName = requireText(recordedName, "name");
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.status = Objects.requireNonNull(status, "status is required");
        this.statusSince = Objects.requireNonNull(since, "since is required");
    }

    static String requireIsoCode(String isoCode) {
        if (!IsoCode.isWellFormed(isoCode)) {
            throw new BusinessException("registry.entry.error.iso", isoCode);
        }
        return isoCode;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("registry.entry.error.state");
        }
        return value.strip();
    }

    /**
     * Moves to another status, as of a date, on a decision; refuses what the procedures do not allow and a
     * date earlier than the current status.
     */
    public void changeStatus(ParticipationStatus next, LocalDate effectiveDate, String decisionReference,
                             String reason, Instant recordedAt) {
        move(next, effectiveDate);
        history.add(new StatusChange(this, next, effectiveDate, decisionReference, reason, recordedAt));
    }

    private void move(ParticipationStatus next, LocalDate effectiveDate) {
        Objects.requireNonNull(next, "status is required");
        Objects.requireNonNull(effectiveDate, "effective date is required");
        if (!status.canMoveTo(next)) {
            throw new IllegalStatusChangeException(status, next);
        }
        if (effectiveDate.isBefore(statusSince)) {
            throw new BusinessException("registry.status.error.date");
        }
        this.status = next;
        this.statusSince = effectiveDate;
    }

    /** Moves to another status on a decision, for a reason the portal gives itself (see {@link PortalReason}). */
    public void changeStatusByPortal(ParticipationStatus next, LocalDate effectiveDate, String decisionReference,
                                     PortalReason reason, Instant recordedAt) {
        move(next, effectiveDate);
        history.add(new StatusChange(this, next, effectiveDate, decisionReference, reason, recordedAt));
    }

    /** Records a state that comes to the Scheme through the portal, with its first status and the portal's reason. */
    public static Participant enteredByPortal(String isoCode, String recordedName, ParticipantKind kind,
                                              ParticipationStatus status, LocalDate since, PortalReason reason,
                                              Instant recordedAt) {
        Participant p = new Participant(isoCode, recordedName, kind, status, since);
        p.history.add(new StatusChange(p, status, since, null, reason, recordedAt));
        return p;
    }

    /** Lists a member state of this REIO. */
    public void addMemberState(String memberIsoCode) {
        if (kind != ParticipantKind.REIO) {
            throw new IllegalStateException("only a REIO has member states");
        }
        memberStates.add(requireIsoCode(memberIsoCode));
    }

    public String getIsoCode() {
        return isoCode;
    }

    public String getRecordedName() {
        return recordedName;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public ParticipationStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public Set<String> getMemberStates() {
        return Collections.unmodifiableSet(memberStates);
    }

    /** Whether its history shows it a Participant on or before the given day (a Chair term needs one). */
    public boolean wasParticipantBy(LocalDate day) {
        return history.stream().anyMatch(c -> c.getStatus() == ParticipationStatus.PARTICIPANT
                && !c.getEffectiveDate().isAfter(day));
    }

    public boolean inGoodStanding() {
        return status.inGoodStanding();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Participant other && isoCode.equals(other.isoCode));
    }

    @Override
    public int hashCode() {
        return isoCode.hashCode();
    }

    @Override
    public String toString() {
        return isoCode;
    }
}
