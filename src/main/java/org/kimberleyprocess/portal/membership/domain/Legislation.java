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
import java.time.LocalDate;
import java.util.Objects;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
import org.kimberleyprocess.portal.platform.files.StoredDocument;

/** A law or regulation that implements the Scheme in the applicant state, with its text as a file. */
@Entity
@Table(name = "application_legislation")
public class Legislation {

    public static final int TITLE_LENGTH = 300;
    public static final int REFERENCE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private MembershipApplication application;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(length = REFERENCE_LENGTH)
    private String reference;

    @ManyToOne
    @JoinColumn(name = "document_id")
    private StoredDocument document;

    protected Legislation() {
        // for JPA
    }

    Legislation(MembershipApplication application, String title, LocalDate adoptedOn, String reference,
                StoredDocument document) {
        this.application = Objects.requireNonNull(application, "application is required");
        checkFields(title, reference);
        this.title = title.strip();
        this.adoptedOn = Objects.requireNonNull(adoptedOn, "date is required");
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.document = document;
    }

    /**
     * The rules for a law's title and reference, checked before anything is kept (its file included): a title is
     * required, and neither may be longer than its column. Over-long text is refused, never cut.
     */
    public static void checkFields(String title, String reference) {
        BoundedText.required(title, TITLE_LENGTH, "membership.legislation.error.title", "membership.error.tooLong");
        BoundedText.optional(reference, REFERENCE_LENGTH, "membership.error.tooLong");
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getReference() {
        return reference;
    }

    public StoredDocument getDocument() {
        return document;
    }
}
