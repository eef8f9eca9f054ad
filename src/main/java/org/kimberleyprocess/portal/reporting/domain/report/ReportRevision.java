package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import jakarta.persistence.Transient;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A submitted revision of a report: every answer as it stood at the submission (JSON: code, value, KP only), and,
 * for a revision after a reopening, why the report was reopened. Revisions never change.
 */
@Entity
@Table(name = "report_revision")
public class ReportRevision {

    public static final int REASON_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private AnnualReport report;

    @Column(nullable = false)
    private int revision;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 60)
    private String submittedBy;

    @Column(name = "reopen_reason", length = REASON_LENGTH)
    private String reopenReason;

    @Column(nullable = false, length = 2_000_000)
    private String answers;

    /** {@link #answers} as read, once. */
    @Transient
    private List<SubmittedAnswer> submitted;

    protected ReportRevision() {
        // for JPA
    }

    ReportRevision(AnnualReport report, int revision, Instant submittedAt, String submittedBy, String reopenReason,
                   String answers) {
        this.report = Objects.requireNonNull(report, "report is required");
        this.revision = revision;
        this.submittedAt = Objects.requireNonNull(submittedAt, "time is required");
        this.submittedBy = Objects.requireNonNull(submittedBy, "author is required");
        this.reopenReason = reopenReason;
        this.answers = Objects.requireNonNull(answers, "answers are required");
    }

    public int getRevision() {
        return revision;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    /** Why the report was reopened before this revision (none for the first). */
    public Optional<String> getReopenReason() {
        return Optional.ofNullable(reopenReason);
    }

    /** The answers as submitted, in JSON form: {@code [{"question": …, "value": …, "kpOnly": …}]}. */
    public String answers() {
        return answers;
    }

    /** The answers as submitted, in the submission's order; the stored JSON is read once per loaded revision. */
    public List<SubmittedAnswer> submittedAnswers() {
        if (submitted == null) {
            List<SubmittedAnswer> read = new ArrayList<>();
            try (var reader = Json.createReader(new StringReader(answers))) {
                for (JsonValue v : reader.readArray()) {
                    JsonObject o = v.asJsonObject();
                    read.add(new SubmittedAnswer(o.getString("question"), o.get("value"), o.getBoolean("kpOnly")));
                }
            }
            submitted = List.copyOf(read);
        }
        return submitted;
    }

    /** The submitted answer to one question, if the submission holds one. */
    public Optional<SubmittedAnswer> submittedAnswer(String questionCode) {
        return submittedAnswers().stream().filter(a -> a.question().equals(questionCode)).findFirst();
    }
}
