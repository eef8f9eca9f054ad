package org.kimberleyprocess.portal.reporting.domain.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * One version of the uniform questionnaire, numbered 1, 2, …: a draft the Secretariat edits, then the text the
 * Plenary adopted (decision reference and date), applying to the reports of its first year and later until a later
 * version takes over. An adopted version never changes: a change is a copy, edited and adopted in turn. It is kept
 * in the questionnaire's JSON form, so that a report always reads the exact text it answered.
 */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersion {

    public static final int DEFINITION_LENGTH = 1_000_000;
    public static final int REFERENCE_LENGTH = 200;
    /** The first year the Scheme's reports cover (it took effect on 1 January 2003). */
    public static final int FIRST_REPORTING_YEAR = ReportingYear.FIRST;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(nullable = false, length = DEFINITION_LENGTH)
    private String definition;

    @Column(name = "decision_reference", length = REFERENCE_LENGTH)
    private String decisionReference;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "first_year")
    private Integer firstYear;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @Transient
    private Questionnaire content;

    protected QuestionnaireVersion() {
        // for JPA
    }

    public QuestionnaireVersion(int number, Questionnaire content, Instant createdAt) {
        this.number = number;
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        keep(Objects.requireNonNull(content, "content is required"));
    }

    /** The Secretariat replaces a draft's content; an adopted version is refused. */
    public void revise(Questionnaire newContent) {
        if (status != VersionStatus.DRAFT) {
            throw new BusinessException("reporting.questionnaire.error.adopted", number);
        }
        keep(Objects.requireNonNull(newContent, "content is required"));
    }

    /**
     * Records the Plenary's adoption: the decision's reference and date, and the first reporting year the version
     * applies to. Refused for a version already adopted, and while any text lacks a translation.
     */
    public void adopt(String reference, LocalDate date, int fromYear) {
        if (status != VersionStatus.DRAFT) {
            throw new BusinessException("reporting.questionnaire.error.adopted", number);
        }
        List<MissingTranslation> missing = content().missingTranslations();
        if (!missing.isEmpty()) {
            throw new BusinessException("reporting.questionnaire.error.untranslated", missing.size());
        }
        if (date == null) {
            throw new BusinessException("reporting.questionnaire.error.decision");
        }
        String decided = BoundedText.required(reference, REFERENCE_LENGTH, "reporting.questionnaire.error.decision",
                "reporting.questionnaire.error.tooLong");
        if (!ReportingYear.between(fromYear, date.getYear() + 1)) {
            throw new BusinessException("reporting.questionnaire.error.firstYear", fromYear);
        }
        this.decisionReference = decided;
        this.adoptedOn = date;
        this.firstYear = fromYear;
        this.status = VersionStatus.ADOPTED;
    }

    private void keep(Questionnaire newContent) {
        String json = QuestionnaireJson.write(newContent);
        if (json.length() > DEFINITION_LENGTH) {
            throw new BusinessException("reporting.questionnaire.error.tooLong", DEFINITION_LENGTH);
        }
        this.definition = json;
        this.content = newContent;
    }

    public Questionnaire content() {
        if (content == null) {
            content = PARSED.computeIfAbsent(definition, QuestionnaireJson::read);
        }
        return content;
    }

    /**
     * Questionnaires already read from their JSON form, by that form (so a changed draft is read anew, on any
     * server): every save of an answer needs its questionnaire, and reading one is the costly part.
     */
    private static final java.util.Map<String, Questionnaire> PARSED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Questionnaire> eldest) {
                    return size() > 16;
                }
            });

    public String definition() {
        return definition;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public boolean isAdopted() {
        return status == VersionStatus.ADOPTED;
    }

    public Optional<String> getDecisionReference() {
        return Optional.ofNullable(decisionReference);
    }

    public Optional<LocalDate> getAdoptedOn() {
        return Optional.ofNullable(adoptedOn);
    }

    public Optional<Integer> getFirstYear() {
        return Optional.ofNullable(firstYear);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuestionnaireVersion v && v.number == number;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(number);
    }
}
