package org.kimberleyprocess.portal.plenary.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.validation.PlainText;

/**
 * A decision of the Plenary and its way to adoption. A draft is agreed at a meeting or by written procedure: the
 * Chair circulates it with a deadline, a focal point of a Participant in good standing may object until 23:59 UTC
 * on the deadline's date (an objection ends the procedure and the decision is a draft again), and with no objection
 * by then it is agreed, on the deadline's date, without anyone acting (see {@link #statusOn(LocalDate)}). An agreed
 * decision is adopted only once its title and text exist in all five official languages (Rule 26); after that it
 * never changes. The English text is the one agreed: once circulated or agreed, only translations change.
 */
@Entity
@Table(name = "plenary_decision")
public class Decision {

    public static final int REFERENCE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = REFERENCE_LENGTH)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DecisionCategory kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionStatus status = DecisionStatus.DRAFT;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreed_by", length = 20)
    private AgreedBy agreedBy;

    private LocalDate deadline;

    @Column(name = "circulated_by", length = 60)
    private String circulatedBy;

    @Column(name = "circulated_at")
    private Instant circulatedAt;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "adopted_by", length = 60)
    private String adoptedBy;

    /** What the decision does once adopted, if anything: one effect at most, by its type. */
    @Convert(converter = DecisionEffectColumn.class)
    @Column(name = "effect", length = 200)
    private DecisionEffect effect;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DecisionText> texts = new ArrayList<>();

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL)
    @OrderBy("objectedAt")
    private List<DecisionObjection> objections = new ArrayList<>();

    @Version
    private long version;

    protected Decision() {
        // for JPA
    }

    public Decision(String reference, DecisionCategory kind, Instant createdAt) {
        if (kind == null) {
            throw new BusinessException("plenary.decision.error.incomplete");
        }
        this.reference = BoundedText.required(reference, REFERENCE_LENGTH, "plenary.decision.error.incomplete",
                "plenary.decision.error.tooLong");
        this.kind = kind;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * Writes the title and text in one language; both blank removes that translation. A title or text counts only
     * with at least one letter or digit ({@link PlainText}). An adopted decision never
     * changes; once the decision is circulated or agreed, its English text (the one agreed) stays as it is.
     */
    public void write(Language language, String title, String body) {
        Objects.requireNonNull(language, "language is required");
        if (status == DecisionStatus.ADOPTED) {
            throw new BusinessException("plenary.decision.error.adopted");
        }
        if (language == Language.EN && status != DecisionStatus.DRAFT) {
            throw new BusinessException("plenary.decision.error.agreedText");
        }
        // a title or text of spaces and invisible characters alone is none (Rule 26 asks for real translations)
        String t = PlainText.orEmpty(title);
        String b = PlainText.orEmpty(body);
        if (t.length() > DecisionText.TITLE_LENGTH || b.length() > DecisionText.BODY_LENGTH) {
            throw new BusinessException("plenary.decision.error.tooLong",
                    t.length() > DecisionText.TITLE_LENGTH ? DecisionText.TITLE_LENGTH : DecisionText.BODY_LENGTH);
        }
        Optional<DecisionText> existing = text(language);
        if (t.isEmpty() && b.isEmpty()) {
            existing.ifPresent(texts::remove);
            return;
        }
        if (t.isEmpty() || b.isEmpty()) {
            throw new BusinessException("plenary.decision.error.textIncomplete");
        }
        if (existing.isPresent()) {
            existing.get().change(t, b);
        } else {
            texts.add(new DecisionText(this, language, t, b));
        }
    }

    /** What the decision does once adopted, set on a draft only: a new effect replaces the one before. */
    public void changeEffect(DecisionEffect next) {
        if (status != DecisionStatus.DRAFT) {
            throw new BusinessException("plenary.decision.error.notDraft");
        }
        this.effect = next;
    }

    /** A draft's effect is taken away: none until {@link #changeEffect} gives one. */
    public void clearEffect() {
        changeEffect(null);
    }

    /** The Chair circulates the draft for written procedure, objections open until the deadline's date ends. */
    public void circulate(LocalDate deadline, LocalDate today, String chair, Instant now) {
        settle(today);
        if (status != DecisionStatus.DRAFT) {
            throw new BusinessException("plenary.decision.error.notDraft");
        }
        requireEnglish();
        if (deadline == null || !deadline.isAfter(today)) {
            throw new BusinessException("plenary.decision.error.deadline");
        }
        this.status = DecisionStatus.WRITTEN_PROCEDURE;
        this.deadline = deadline;
        this.circulatedBy = chair;
        this.circulatedAt = now;
        this.meeting = null;
    }

    /**
     * A focal point of a Participant objects; this ends the written procedure (the decision is a draft again, the
     * objection on record). Refused after 23:59 UTC on the deadline's date, and from a Participant not in good
     * standing.
     */
    public void object(String isoCode, boolean inGoodStanding, String username, String reason, Instant now) {
        settle(today(now));
        if (status != DecisionStatus.WRITTEN_PROCEDURE) {
            throw new BusinessException("plenary.decision.error.notInProcedure");
        }
        if (isoCode == null || !inGoodStanding) {
            throw new BusinessException("plenary.decision.error.notInGoodStanding");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new BusinessException("plenary.decision.error.reason");
        }
        if (r.length() > DecisionObjection.REASON_LENGTH) {
            throw new BusinessException("plenary.decision.error.tooLong", DecisionObjection.REASON_LENGTH);
        }
        objections.add(new DecisionObjection(this, isoCode, username, r, now));
        this.status = DecisionStatus.DRAFT;
    }

    /**
     * Agreed at a meeting that has begun (on its last day, or today if it is still going on) and did not end before
     * the draft was written.
     */
    public void agreeAt(Meeting at, LocalDate today) {
        Objects.requireNonNull(at, "meeting is required");
        settle(today);
        if (status != DecisionStatus.DRAFT) {
            throw new BusinessException("plenary.decision.error.notDraft");
        }
        requireEnglish();
        if (at.getStartsOn().isAfter(today)) {
            throw new BusinessException("plenary.decision.error.meetingAhead");
        }
        if (at.getEndsOn().isBefore(LocalDate.ofInstant(createdAt, ZoneOffset.UTC))) {
            // a meeting cannot have agreed a text that did not exist yet
            throw new BusinessException("plenary.decision.error.meetingBeforeDraft");
        }
        this.status = DecisionStatus.AGREED;
        this.meeting = at;
        this.agreedBy = AgreedBy.MEETING;
        this.agreedOn = at.getEndsOn().isAfter(today) ? today : at.getEndsOn();
    }

    /**
     * An agreed decision that cannot be adopted as it stands (its effect can no longer be carried out, say) goes back to
     * the drafts, to be corrected and agreed again; the agreement is forgotten, the objections stay on record.
     */
    public void backToDraft(LocalDate today) {
        settle(today);
        if (status != DecisionStatus.AGREED) {
            throw new BusinessException("plenary.decision.error.notAgreed");
        }
        this.status = DecisionStatus.DRAFT;
        this.agreedOn = null;
        this.agreedBy = null;
        this.meeting = null;
    }

    /** Adopted (Rule 26): agreed, and translated into all five official languages. */
    public void adopt(LocalDate today, String secretariat) {
        settle(today);
        if (status == DecisionStatus.ADOPTED) {
            throw new BusinessException("plenary.decision.error.adopted");
        }
        if (status != DecisionStatus.AGREED) {
            throw new BusinessException("plenary.decision.error.notAgreed");
        }
        Set<Language> missing = missingTranslations();
        if (!missing.isEmpty()) {
            throw new BusinessException("plenary.decision.error.translationsMissing",
                    missing.stream().map(Language::nativeName).collect(Collectors.joining(", ")));
        }
        this.status = DecisionStatus.ADOPTED;
        this.adoptedOn = today;
        this.adoptedBy = secretariat;
    }

    /**
     * The status on a day: a written procedure whose deadline has passed without objection is agreed, whether or not
     * anyone has looked at it since.
     */
    public DecisionStatus statusOn(LocalDate today) {
        if (status == DecisionStatus.WRITTEN_PROCEDURE && today.isAfter(deadline)) {
            return DecisionStatus.AGREED;
        }
        return status;
    }

    /** Records what {@link #statusOn(LocalDate)} says: a written procedure past its deadline is agreed. */
    public void settle(LocalDate today) {
        if (status == DecisionStatus.WRITTEN_PROCEDURE && statusOn(today) == DecisionStatus.AGREED) {
            this.status = DecisionStatus.AGREED;
            this.agreedBy = AgreedBy.WRITTEN_PROCEDURE;
            this.agreedOn = deadline;
        }
    }

    /** The official languages this decision's title and text still lack. */
    public Set<Language> missingTranslations() {
        EnumSet<Language> missing = EnumSet.allOf(Language.class);
        texts.stream().filter(t -> PlainText.hasContent(t.getTitle()) && PlainText.hasContent(t.getBody()))
                .forEach(t -> missing.remove(t.getLanguage()));
        return missing;
    }

    public Optional<DecisionText> text(Language language) {
        return texts.stream().filter(t -> t.getLanguage() == language).findFirst();
    }

    /** The title in a language, or in English where that translation is still missing. */
    public String titleIn(Language language) {
        return text(language).or(() -> text(Language.EN)).map(DecisionText::getTitle).orElse(reference);
    }

    private void requireEnglish() {
        if (text(Language.EN).isEmpty()) {
            throw new BusinessException("plenary.decision.error.noText");
        }
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public DecisionCategory getKind() {
        return kind;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public AgreedBy getAgreedBy() {
        return agreedBy;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getCirculatedBy() {
        return circulatedBy;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    /** What the decision does once adopted, if anything. */
    public Optional<DecisionEffect> getEffect() {
        return Optional.ofNullable(effect);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<DecisionText> getTexts() {
        return Collections.unmodifiableList(texts);
    }

    public List<DecisionObjection> getObjections() {
        return Collections.unmodifiableList(objections);
    }

    /** Equal by business key, not by row: its reference, unique among decisions. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Decision other && Objects.equals(reference, other.reference));
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference);
    }
}
