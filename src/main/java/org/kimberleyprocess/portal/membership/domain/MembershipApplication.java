package org.kimberleyprocess.portal.membership.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
import java.util.Optional;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * An applicant state's application to take part in the Scheme: its file (focal points, authorities,
 * legislation, certificate specimen, statistics arrangements, declaration) and its way through the procedure.
 * Every move is checked here and kept as an {@link ApplicationEvent}.
 */
@Entity
@Table(name = "membership_application")
public class MembershipApplication {

    public static final int REFERENCE_LENGTH = 20;
    public static final int AUTHORITY_LENGTH = 1000;
    public static final int TEXT_LENGTH = 4000;
    public static final int DECISION_REFERENCE_LENGTH = 200;
    public static final int WITHDRAWAL_REASON_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = REFERENCE_LENGTH)
    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "fp_name")),
        @AttributeOverride(name = "title", column = @Column(name = "fp_title")),
        @AttributeOverride(name = "ministry", column = @Column(name = "fp_ministry")),
        @AttributeOverride(name = "email", column = @Column(name = "fp_email")),
        @AttributeOverride(name = "phone", column = @Column(name = "fp_phone"))})
    private Contact focalPoint = new Contact();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "alt_name")),
        @AttributeOverride(name = "title", column = @Column(name = "alt_title")),
        @AttributeOverride(name = "ministry", column = @Column(name = "alt_ministry")),
        @AttributeOverride(name = "email", column = @Column(name = "alt_email")),
        @AttributeOverride(name = "phone", column = @Column(name = "alt_phone"))})
    private Contact alternate = new Contact();

    @Column(name = "importing_authority", length = AUTHORITY_LENGTH)
    private String importingAuthority;

    @Column(name = "exporting_authority", length = AUTHORITY_LENGTH)
    private String exportingAuthority;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("adoptedOn ASC, id ASC")
    private List<Legislation> legislation = new ArrayList<>();

    @ManyToOne
    @JoinColumn(name = "certificate_document_id")
    private StoredDocument certificateSpecimen;

    @Column(name = "statistics_arrangements", length = TEXT_LENGTH)
    private String statisticsArrangements;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "declared_by", length = 60)
    private String declaredBy;

    @Column(name = "proposed_visit", length = TEXT_LENGTH)
    private String proposedVisit;

    @Column(name = "recommendation_comment", length = TEXT_LENGTH)
    private String recommendationComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind", length = 20)
    private DecisionKind decisionKind;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decision_reference", length = DECISION_REFERENCE_LENGTH)
    private String decisionReference;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ApplicationEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("askedAt ASC, id ASC")
    private List<InformationRequest> requests = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("writtenAt ASC, id ASC")
    private List<CommitteeNote> notes = new ArrayList<>();

    @Version
    private long version;

    protected MembershipApplication() {
        // for JPA
    }

    /** Opens a draft for an applicant state (or a removed Participant that applies again). */
    public MembershipApplication(String reference, Participant state, String createdBy, Instant now) {
        this.reference = Objects.requireNonNull(reference, "reference is required");
        this.state = Objects.requireNonNull(state, "state is required");
        if (state.getStatus() != ParticipationStatus.APPLICANT) {
            throw new BusinessException("membership.error.notAnApplicant");
        }
        this.createdBy = Objects.requireNonNull(createdBy, "creator is required");
        this.createdAt = Objects.requireNonNull(now, "time is required");
        this.status = ApplicationStatus.DRAFT;
        events.add(new ApplicationEvent(this, now, createdBy, null, ApplicationStatus.DRAFT, null));
    }

    // ---- the applicant's file -------------------------------------------------------------------------

    /** The applicant changes its file only while drafting or answering a request; refused otherwise. */
    public void requireEditable() {
        if (!status.editableByApplicant()) {
            throw new BusinessException("membership.error.notEditable", status);
        }
    }

    public void updateFocalPoint(Contact contact) {
        requireEditable();
        this.focalPoint = Objects.requireNonNull(contact, "contact is required").copy();
    }

    public void updateAlternate(Contact contact) {
        requireEditable();
        this.alternate = Objects.requireNonNull(contact, "contact is required").copy();
    }

    public void updateAuthorities(String importing, String exporting) {
        requireEditable();
        this.importingAuthority = clean(importing, AUTHORITY_LENGTH);
        this.exportingAuthority = clean(exporting, AUTHORITY_LENGTH);
    }

    public Legislation addLegislation(String title, LocalDate adoptedOn, String legalReference,
                                      StoredDocument document) {
        requireEditable();
        Legislation entry = new Legislation(this, title, adoptedOn, legalReference, document);
        legislation.add(entry);
        return entry;
    }

    /** Removes a law from the file; returns the text it carried, which nothing refers to any more. */
    public Optional<StoredDocument> removeLegislation(Long legislationId) {
        requireEditable();
        Optional<Legislation> removed = legislation.stream().filter(l -> Objects.equals(l.getId(), legislationId))
                .findFirst();
        removed.ifPresent(legislation::remove);
        return removed.map(Legislation::getDocument);
    }

    /** Attaches the certificate specimen; returns the one it replaces, which nothing refers to any more. */
    public Optional<StoredDocument> attachCertificateSpecimen(StoredDocument document) {
        requireEditable();
        StoredDocument previous = certificateSpecimen;
        this.certificateSpecimen = Objects.requireNonNull(document, "document is required");
        return Optional.ofNullable(previous).filter(d -> !d.equals(document));
    }

    public void updateStatisticsArrangements(String text) {
        requireEditable();
        this.statisticsArrangements = clean(text, TEXT_LENGTH);
    }

    /** The declaration of commitment: made (by whom, when) or withdrawn. */
    public void declare(boolean committed, String by, Instant at) {
        requireEditable();
        this.declaredBy = committed ? Objects.requireNonNull(by, "declarant is required") : null;
        this.declaredAt = committed ? Objects.requireNonNull(at, "time is required") : null;
    }

    private static String clean(String text, int max) {
        return BoundedText.optional(text, max, "membership.error.tooLong");
    }

    /** What the file still lacks, as message keys, in the order of the wizard's steps. */
    public List<String> missingItems() {
        List<String> missing = new ArrayList<>();
        if (!getFocalPoint().isComplete()) {
            missing.add("membership.missing.focalPoint");
        }
        if (!getAlternate().isComplete()) {
            missing.add("membership.missing.alternate");
        }
        if (importingAuthority == null) {
            missing.add("membership.missing.importingAuthority");
        }
        if (exportingAuthority == null) {
            missing.add("membership.missing.exportingAuthority");
        }
        if (legislation.isEmpty()) {
            missing.add("membership.missing.legislation");
        } else if (legislation.stream().anyMatch(l -> l.getDocument() == null)) {
            missing.add("membership.missing.legislationText");
        }
        if (certificateSpecimen == null) {
            missing.add("membership.missing.certificate");
        }
        if (statisticsArrangements == null) {
            missing.add("membership.missing.statistics");
        }
        if (declaredAt == null) {
            missing.add("membership.missing.declaration");
        }
        return missing;
    }

    // ---- the procedure -------------------------------------------------------------------------------

    public void submit(String by, Instant now) {
        List<String> missing = missingItems();
        if (!missing.isEmpty()) {
            throw new ApplicationIncompleteException(missing);
        }
        move(ApplicationStatus.SUBMITTED, by, now, null);
        this.submittedAt = now;
    }

    public void startAssessment(String by, Instant now) {
        if (!status.awaitsAssessment()) {
            throw new IllegalApplicationTransitionException(status, ApplicationStatus.UNDER_ASSESSMENT);
        }
        move(ApplicationStatus.UNDER_ASSESSMENT, by, now, null);
    }

    public void requestInformation(String question, String by, Instant now) {
        String text = required(question, InformationRequest.TEXT_LENGTH);
        move(ApplicationStatus.INFORMATION_REQUESTED, by, now, text);
        requests.add(new InformationRequest(this, now, by, text));
    }

    /** The applicant answers the open request; the file goes back to the Committee. */
    public void answerInformation(String answer, String by, Instant now) {
        String text = required(answer, InformationRequest.TEXT_LENGTH);
        InformationRequest open = openRequest().orElseThrow(
                () -> new IllegalApplicationTransitionException(status, ApplicationStatus.UNDER_ASSESSMENT));
        move(ApplicationStatus.UNDER_ASSESSMENT, by, now, text);
        open.answer(text, by, now);
    }

    public void addCommitteeNote(String text, String by, Instant now) {
        if (!status.allowsNotes()) {
            throw new BusinessException("membership.error.notUnderAssessment");
        }
        notes.add(new CommitteeNote(this, now, by, required(text, CommitteeNote.TEXT_LENGTH)));
    }

    public void proposeVisit(String proposal, String by, Instant now) {
        if (!status.allowsVisitProposal()) {
            throw new BusinessException("membership.error.notUnderAssessment");
        }
        this.proposedVisit = required(proposal, TEXT_LENGTH);
        notes.add(new CommitteeNote(this, now, by, "Visit proposed: " + proposedVisit));
    }

    public void recommend(boolean admission, String comment, String by, Instant now) {
        String text = required(comment, TEXT_LENGTH);
        move(admission ? ApplicationStatus.RECOMMENDED_FOR_ADMISSION : ApplicationStatus.NOT_RECOMMENDED, by, now,
                text);
        this.recommendationComment = text;
    }

    /** The Chair records the Participants' decision; an admission is then carried out by the service. */
    public void decide(boolean admitted, DecisionKind kind, LocalDate date, String decisionRef, String by,
                       Instant now) {
        Objects.requireNonNull(kind, "decision kind is required");
        Objects.requireNonNull(date, "decision date is required");
        String ref = required(decisionRef, DECISION_REFERENCE_LENGTH);
        move(admitted ? ApplicationStatus.ADMITTED : ApplicationStatus.REJECTED, by, now, ref);
        this.decisionKind = kind;
        this.decisionDate = date;
        this.decisionReference = ref;
    }

    public void withdraw(String reason, String by, Instant now) {
        if (reason != null && reason.strip().length() > WITHDRAWAL_REASON_LENGTH) {
            throw new BusinessException("membership.error.tooLong", WITHDRAWAL_REASON_LENGTH);
        }
        move(ApplicationStatus.WITHDRAWN, by, now, reason == null || reason.isBlank() ? null : reason.strip());
    }

    private void move(ApplicationStatus next, String by, Instant now, String comment) {
        if (!status.canMoveTo(next)) {
            throw new IllegalApplicationTransitionException(status, next);
        }
        ApplicationStatus from = status;
        status = next;
        events.add(new ApplicationEvent(this, Objects.requireNonNull(now, "time is required"),
                Objects.requireNonNull(by, "actor is required"), from, next, comment));
    }

    private static String required(String text, int max) {
        return BoundedText.required(text, max, "membership.error.textRequired", "membership.error.tooLong");
    }

    public Optional<InformationRequest> openRequest() {
        return requests.stream().filter(InformationRequest::isOpen).reduce((a, b) -> b);
    }

    // ---- reading ------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Participant getState() {
        return state;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Contact getFocalPoint() {
        return copyOf(focalPoint);
    }

    public Contact getAlternate() {
        return copyOf(alternate);
    }

    /** An embedded contact whose columns are all empty is read back as null: it is an empty contact. */
    private static Contact copyOf(Contact contact) {
        return contact == null ? new Contact() : contact.copy();
    }

    public String getImportingAuthority() {
        return importingAuthority;
    }

    public String getExportingAuthority() {
        return exportingAuthority;
    }

    public List<Legislation> getLegislation() {
        return Collections.unmodifiableList(legislation);
    }

    public StoredDocument getCertificateSpecimen() {
        return certificateSpecimen;
    }

    public String getStatisticsArrangements() {
        return statisticsArrangements;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public String getProposedVisit() {
        return proposedVisit;
    }

    public String getRecommendationComment() {
        return recommendationComment;
    }

    public DecisionKind getDecisionKind() {
        return decisionKind;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public List<ApplicationEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<InformationRequest> getRequests() {
        return Collections.unmodifiableList(requests);
    }

    public List<CommitteeNote> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof MembershipApplication other && reference.equals(other.reference));
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }
}
