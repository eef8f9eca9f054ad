package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Part;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;

/**
 * A Participant's annual report on one year (the business key: ISO code and year), answering one version of the
 * questionnaire. It exists from its first saved answer. Answers change one by one, each against the version its
 * editor saw; a submission needs every required answer that applies, none breaking its rule, and keeps a revision;
 * a submitted report is read only until the Secretariat reopens it with a reason.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport {

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "participant_iso", nullable = false, length = 2)
    private String participantIso;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "questionnaire_number", nullable = false)
    private int questionnaireNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status = ReportStatus.IN_PROGRESS;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "reopen_reason", length = ReportRevision.REASON_LENGTH)
    private String reopenReason;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Answer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("revision")
    private List<ReportRevision> revisions = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("createdAt")
    private List<ReviewComment> comments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Assessment assessment;

    @Version
    private long version;

    protected AnnualReport() {
        // for JPA
    }

    public AnnualReport(String participantIso, int year, int questionnaireNumber, Instant createdAt) {
        this.participantIso = Objects.requireNonNull(participantIso, "participant is required");
        this.year = year;
        this.questionnaireNumber = questionnaireNumber;
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        this.updatedAt = createdAt;
    }

    /**
     * Changes one answer. {@code seenVersion} is the version of the answer the editor saw (0 when it saw none):
     * when the stored answer has moved on since, the change is refused with the stored answer. A value of the
     * wrong shape is refused; one that breaks the question's rule is kept and marked.
     */
    public Answer answer(Question q, JsonValue value, boolean kpOnly, long seenVersion, String by, Instant at) {
        requireEditable();
        Optional<String> problem = AnswerRules.problem(q, value);
        if (value != null && value.toString().length() > AnswerRules.VALUE_LENGTH) {
            throw new InvalidAnswerException("reporting.answer.error.tooLarge", AnswerRules.VALUE_LENGTH);
        }
        Answer a = find(q.code()).orElse(null);
        if ((a == null ? 0 : a.getVersion()) != seenVersion) {
            if (a != null && a.holds(value, kpOnly)) {
                // the same change sent again (a resend after a lost answer): it is stored already, nothing to do
                return a;
            }
            throw new StaleAnswerException(a == null ? null : a.stored());
        }
        if (a == null) {
            a = new Answer(this, q.code());
            answers.add(a);
        }
        a.change(value, kpOnly, problem.orElse(null), by, at);
        // the report's own row is left alone: editors of different answers never conflict
        return a;
    }

    /**
     * Carries the Part A answers (what stays constant from year to year) over from the last submission of an earlier
     * report, for the questions this questionnaire still asks in a form the answer still fits; the focal point then
     * checks them. Only into a report that has no answer yet.
     */
    public void carryOver(Questionnaire q, ReportRevision earlier, String by, Instant at) {
        if (!answers.isEmpty()) {
            return;
        }
        for (SubmittedAnswer s : earlier.submittedAnswers()) {
            q.question(s.question()).filter(x -> x.part() == Part.A).ifPresent(x -> {
                try {
                    answer(x, s.value(), s.kpOnly(), 0, by, at);
                } catch (InvalidAnswerException changedForm) {
                    // the question now takes another kind of answer: left for the focal point
                }
            });
        }
    }

    /**
     * Refuses a change made against another version of an answer than the stored one (0: none stored), with the
     * stored answer, so that nothing is overwritten that its editor never saw.
     */
    public void requireSeen(String questionCode, long seenVersion) {
        Answer a = find(questionCode).orElse(null);
        if ((a == null ? 0 : a.getVersion()) != seenVersion) {
            throw new StaleAnswerException(a == null ? null : a.stored());
        }
    }

    /** The codes of the required questions that apply and have no answer, in the questionnaire's order. */
    public List<String> missing(Questionnaire q) {
        return q.questions().stream().filter(Question::required).filter(x -> q.applies(x, this::plainAnswer))
                .filter(x -> find(x.code()).map(Answer::isEmpty).orElse(true)).map(Question::code).toList();
    }

    /** The codes of the questions that apply whose answer breaks its rule. */
    public List<String> invalid(Questionnaire q) {
        return q.questions().stream().filter(x -> q.applies(x, this::plainAnswer))
                .filter(x -> find(x.code()).flatMap(Answer::getProblem).isPresent()).map(Question::code).toList();
    }

    /** Submits the report as a new revision; refused while anything is missing or invalid. */
    public ReportRevision submit(Questionnaire q, String by, Instant at) {
        requireEditable();
        List<String> missing = missing(q);
        List<String> invalid = invalid(q);
        if (!missing.isEmpty() || !invalid.isEmpty()) {
            throw new IncompleteReportException(missing, invalid);
        }
        JsonArrayBuilder snapshot = Json.createArrayBuilder();
        for (Question x : q.questions()) {
            find(x.code()).filter(a -> !a.isEmpty()).filter(a -> q.applies(x, this::plainAnswer))
                    .ifPresent(a -> snapshot.add(Json.createObjectBuilder().add("question", x.code())
                            .add("value", a.value()).add("kpOnly", a.isKpOnly())));
        }
        ReportRevision r = new ReportRevision(this, revisions.size() + 1, at, by, reopenReason,
                snapshot.build().toString());
        revisions.add(r);
        assessment = Assessment.RECEIVED; // a new revision is reviewed anew
        status = ReportStatus.SUBMITTED;
        reopenReason = null;
        updatedAt = at;
        return r;
    }

    /** The Secretariat reopens a submitted report at the Participant's request; the reason stays with it. */
    public void reopen(String reason, Instant at) {
        if (status != ReportStatus.SUBMITTED) {
            throw new BusinessException("reporting.report.error.notSubmitted");
        }
        reopenReason = BoundedText.required(reason, ReportRevision.REASON_LENGTH, "reporting.report.error.reason",
                "reporting.answer.error.tooLong");
        status = ReportStatus.IN_PROGRESS;
        updatedAt = at;
    }

    /** The Working Group on Monitoring records where its review stands; only a report submitted once is reviewed. */
    public void assess(Assessment next) {
        if (revisions.isEmpty()) {
            throw new BusinessException("reporting.review.error.notSubmitted");
        }
        this.assessment = java.util.Objects.requireNonNull(next, "assessment is required");
    }

    /**
     * A comment of the review on one question (the Working Group's, or the Participant's answer); only on a report
     * submitted once, never empty, at most {@value ReviewComment#TEXT_LENGTH} characters.
     */
    public ReviewComment comment(Question q, CommentSide side, String author, String text, Instant at) {
        if (revisions.isEmpty()) {
            throw new BusinessException("reporting.review.error.notSubmitted");
        }
        String said = BoundedText.required(text, ReviewComment.TEXT_LENGTH, "reporting.review.error.text",
                "reporting.review.error.tooLong");
        ReviewComment c = new ReviewComment(this, q.code(), side, author, said, at);
        comments.add(c);
        return c;
    }

    public List<ReviewComment> getComments() {
        return Collections.unmodifiableList(comments);
    }

    public Optional<Assessment> getAssessment() {
        return Optional.ofNullable(assessment);
    }

    private void requireEditable() {
        if (status == ReportStatus.SUBMITTED) {
            throw new ReportSubmittedException();
        }
    }

    private String plainAnswer(String code) {
        return find(code).flatMap(Answer::plain).orElse(null);
    }

    public Optional<Answer> find(String questionCode) {
        return answers.stream().filter(a -> a.getQuestionCode().equals(questionCode)).findFirst();
    }

    public List<Answer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public List<ReportRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }

    public Optional<ReportRevision> lastRevision() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    public String getParticipantIso() {
        return participantIso;
    }

    public int getYear() {
        return year;
    }

    public int getQuestionnaireNumber() {
        return questionnaireNumber;
    }

    public ReportStatus getStatus() {
        return status;
    }

    /** The last activity: the latest change of an answer, a submission or a reopening. */
    public Instant getUpdatedAt() {
        return answers.stream().map(Answer::getUpdatedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .filter(a -> a.isAfter(updatedAt)).orElse(updatedAt);
    }

    public Optional<String> getReopenReason() {
        return Optional.ofNullable(reopenReason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnualReport r && r.participantIso.equals(participantIso) && r.year == year;
    }

    @Override
    public int hashCode() {
        return Objects.hash(participantIso, year);
    }
}
