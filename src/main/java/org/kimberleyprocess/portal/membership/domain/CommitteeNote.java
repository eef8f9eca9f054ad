package org.kimberleyprocess.portal.membership.domain;

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

/** An internal comment of the Participation Committee on an application; the applicant never sees it. */
@Entity
@Table(name = "application_committee_note")
public class CommitteeNote {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private MembershipApplication application;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "note_text", nullable = false, length = TEXT_LENGTH)
    private String text;

    protected CommitteeNote() {
        // for JPA
    }

    CommitteeNote(MembershipApplication application, Instant writtenAt, String author, String text) {
        this.application = application;
        this.writtenAt = writtenAt;
        this.author = author;
        this.text = text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }
}
