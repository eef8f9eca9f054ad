package org.kimberleyprocess.portal.statistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a mirror discrepancy, by one of the two Participants or the Working Group. */
@Entity
@Table(name = "statistics_discrepancy_comment")
public class DiscrepancyComment {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "discrepancy_id")
    private Discrepancy discrepancy;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected DiscrepancyComment() {
        // for JPA
    }

    DiscrepancyComment(Discrepancy discrepancy, String author, String text, Instant at) {
        this.discrepancy = discrepancy;
        this.author = author;
        this.text = text;
        this.writtenAt = at;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
