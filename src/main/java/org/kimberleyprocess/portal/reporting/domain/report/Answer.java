package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of a report: its value in JSON form (as typed, also when it breaks the question's rule, then with
 * the problem), whether it is KP only, who changed it last and when. Its version counts its changes and is what two
 * editors compare: a change made against an older version is refused, never silently applied.
 */
@Entity
@Table(name = "report_answer")
public class Answer {

    public static final int CODE_LENGTH = 12;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private AnnualReport report;

    @Column(name = "question_code", nullable = false, length = CODE_LENGTH)
    private String questionCode;

    @Column(name = "answer_value", length = AnswerRules.VALUE_LENGTH)
    private String value;

    @Column(name = "kp_only", nullable = false)
    private boolean kpOnly;

    @Column(length = 60)
    private String problem;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    /** Counts the changes: 1 after the first save. Editors of one report are serialised by a lock on the report. */
    @Column(nullable = false)
    private long version;

    protected Answer() {
        // for JPA
    }

    Answer(AnnualReport report, String questionCode) {
        this.report = Objects.requireNonNull(report, "report is required");
        this.questionCode = Objects.requireNonNull(questionCode, "question is required");
    }

    void change(JsonValue newValue, boolean kp, String newProblem, String by, Instant at) {
        this.value = AnswerRules.isEmpty(newValue) ? null : newValue.toString();
        this.kpOnly = kp;
        this.problem = newProblem;
        this.updatedBy = Objects.requireNonNull(by, "author is required");
        this.updatedAt = Objects.requireNonNull(at, "time is required");
        this.version++;
    }

    /** The answer as it stands now. */
    public StoredAnswer stored() {
        return new StoredAnswer(questionCode, value(), kpOnly, version, updatedBy, updatedAt);
    }

    /** Whether the answer holds this value and KP-only mark (a change to them would change nothing). */
    boolean holds(JsonValue other, boolean kp) {
        String sent = AnswerRules.isEmpty(other) ? null : other.toString();
        return kp == kpOnly && Objects.equals(sent, value);
    }

    public String getQuestionCode() {
        return questionCode;
    }

    /** The value in JSON form, or JSON null when there is none. */
    public JsonValue value() {
        if (value == null) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(value))) {
            return reader.readValue();
        }
    }

    /** The value as the text a condition compares with (a yes/no or an option's code), if it is one. */
    public Optional<String> plain() {
        return value() instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    public boolean isEmpty() {
        return value == null;
    }

    public boolean isKpOnly() {
        return kpOnly;
    }

    public Optional<String> getProblem() {
        return Optional.ofNullable(problem);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** The version a change must name (the answer's ETag); 0 for an answer that was never stored. */
    public long getVersion() {
        return version;
    }
}
