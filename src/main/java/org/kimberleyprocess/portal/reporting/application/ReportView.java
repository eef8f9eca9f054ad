package org.kimberleyprocess.portal.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.reporting.domain.Assessment;
import org.kimberleyprocess.portal.reporting.domain.CommentSide;
import org.kimberleyprocess.portal.reporting.domain.ReportStatus;

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
