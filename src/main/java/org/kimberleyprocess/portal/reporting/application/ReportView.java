package org.kimberleyprocess.portal.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.report.Assessment;
import org.kimberleyprocess.portal.reporting.domain.report.CommentSide;
import org.kimberleyprocess.portal.reporting.domain.report.ReportRevision;
import org.kimberleyprocess.portal.reporting.domain.report.ReportStatus;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingCalendar;
import org.kimberleyprocess.portal.reporting.domain.report.RevisionDifferences;
import org.kimberleyprocess.portal.reporting.domain.report.SubmittedAnswer;

/**
 * A report as its reader may see it. Its own focal points and the Secretariat see the working answers
 * ({@code working} true, with versions, and what is missing or invalid); others see the last submitted revision
 * (KP-only answers only for those with KP access). {@code revision} is the number of the last submission (0 before).
 */
public record ReportView(int year, String participant, ReportStatus status, int revision, int questionnaire,
                         LocalDate dueOn, boolean overdue, boolean working, boolean editable, Instant lastActivity,
                         List<AnswerView> answers, List<String> missing, List<String> invalid,
                         List<RevisionView> revisions, Assessment assessment, List<CommentView> comments) {

    /** A comment of the review on a question: who speaks (the Working Group or the Participant), what, when. */
    public record CommentView(String question, CommentSide side, String text, Instant createdAt) {
    }

    /** No report at all: a questionnaire version's preview, as a focal point would see an empty report on it. */
    public static ReportView blank(int questionnaire) {
        return new ReportView(0, "", ReportStatus.NOT_STARTED, 0, questionnaire, null, false, false, false, null,
                List.of(), List.of(), List.of(), List.of(), null, List.of());
    }

    /**
     * A report not stored yet, as its own accounts see it: nothing is stored by reading, the Part A answers the first
     * save will carry over are shown.
     */
    static ReportView notStarted(AnnualReport draft, Questionnaire q, boolean overdue, boolean editable) {
        return new ReportView(draft.getYear(), draft.getParticipantIso(), ReportStatus.NOT_STARTED, 0,
                draft.getQuestionnaireNumber(), ReportingCalendar.dueOn(draft.getYear()), overdue, true, editable, null,
                draft.getAnswers().stream().map(AnswerView::of).toList(), draft.missing(q), List.of(), List.of(), null,
                List.of());
    }

    /** The working answers of a stored report, as its own accounts and the Secretariat see them. */
    static ReportView working(AnnualReport r, Questionnaire q, boolean overdue, boolean editable) {
        return new ReportView(r.getYear(), r.getParticipantIso(), r.getStatus(), r.getRevisions().size(),
                r.getQuestionnaireNumber(), ReportingCalendar.dueOn(r.getYear()), overdue, true,
                editable && r.getStatus() != ReportStatus.SUBMITTED, r.getUpdatedAt(),
                r.getAnswers().stream().map(AnswerView::of).toList(), r.missing(q), r.invalid(q), revisions(r),
                r.getAssessment().orElse(null), comments(r));
    }

    /**
     * The last submission, as everyone else reads it: KP-only answers only for {@code kp} readers, the review's
     * comments only for {@code reviewer}s.
     */
    static ReportView submitted(AnnualReport r, boolean kp, boolean reviewer) {
        ReportRevision last = r.lastRevision().orElseThrow();
        List<AnswerView> answers = last.submittedAnswers().stream().filter(a -> kp || !a.kpOnly())
                .map(a -> new AnswerView(a.question(), a.value(), a.kpOnly(), 0, null)).toList();
        return new ReportView(r.getYear(), r.getParticipantIso(), ReportStatus.SUBMITTED, last.getRevision(),
                r.getQuestionnaireNumber(), ReportingCalendar.dueOn(r.getYear()), false, false, false,
                last.getSubmittedAt(), answers, List.of(), List.of(), revisions(r), r.getAssessment().orElse(null),
                reviewer ? comments(r) : List.of());
    }

    private static List<CommentView> comments(AnnualReport r) {
        return r.getComments().stream().map(c -> new CommentView(c.getQuestionCode(), c.getSide(), c.getText(),
                c.getCreatedAt())).toList();
    }

    /** The submissions, each with the questions whose answer it changed from the one before. */
    private static List<RevisionView> revisions(AnnualReport r) {
        List<RevisionView> views = new ArrayList<>();
        List<SubmittedAnswer> before = List.of();
        for (ReportRevision x : r.getRevisions()) {
            views.add(new RevisionView(x.getRevision(), x.getSubmittedAt(), x.getReopenReason().orElse(null),
                    x.getRevision() == 1 ? List.of() : RevisionDifferences.changed(before, x.submittedAnswers())));
            before = x.submittedAnswers();
        }
        return views;
    }

    /** Whether the answers shown are carried over from the last report and not stored yet. */
    public boolean carriedOver() {
        return status == ReportStatus.NOT_STARTED && !answers.isEmpty();
    }

    /** The review's comments on one question, in order. */
    public List<CommentView> commentsOn(String question) {
        return comments.stream().filter(c -> c.question().equals(question)).toList();
    }

    /** A submission: its number, when and by whom, and why the report had been reopened before it. */
    public record RevisionView(int revision, Instant submittedAt, String reopenReason, List<String> changed) {
    }
}
