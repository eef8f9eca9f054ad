package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A section of a Participant's report on a year given to one of its accounts: advisory (any account of the
 * Participant may edit any section), so that colleagues see who has which part of the work.
 */
@Entity
@Table(name = "report_assignment")
public class SectionAssignment {

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "participant_iso", nullable = false, length = 2)
    private String participantIso;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "section_code", nullable = false, length = 10)
    private String section;

    @Column(nullable = false, length = 60)
    private String assignee;

    @Column(name = "assigned_by", nullable = false, length = 60)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    private long version;

    protected SectionAssignment() {
        // for JPA
    }

    public SectionAssignment(String participantIso, int year, String section, String assignee, String by,
                             Instant at) {
        this.participantIso = Objects.requireNonNull(participantIso);
        this.year = year;
        this.section = Objects.requireNonNull(section);
        reassign(assignee, by, at);
    }

    /** Gives the section to another account of the Participant. */
    public final void reassign(String newAssignee, String by, Instant at) {
        this.assignee = Objects.requireNonNull(newAssignee);
        this.assignedBy = Objects.requireNonNull(by);
        this.assignedAt = Objects.requireNonNull(at);
    }

    public String getSection() {
        return section;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    /** Equal by business key, not by row: the report and the section: one assignee each. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SectionAssignment other && Objects.equals(participantIso, other.participantIso) && Objects.equals(year, other.year) && Objects.equals(section, other.section));
    }

    @Override
    public int hashCode() {
        return Objects.hash(participantIso, year, section);
    }
}
