package org.kimberleyprocess.portal.review.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.review.domain.VisitStatus;

/**
 * A review visit as the reader may see it: the public gets the host, year, status, dates and lead, and the final
 * report with its recommendations when that report is public; the Scheme's accounts get the team, terms of reference,
 * draft, comments and every report. {@code host} says whether the reader acts for the host.
 */
public record VisitView(long id, String hostIso, int year, VisitStatus status, String leadIso, List<ExpertView> team,
                        String changesRequested, LocalDate startsOn, LocalDate endsOn, String terms,
                        String draftReport, String hostComments, String finalReport, Boolean reportPublic,
                        List<RecommendationView> recommendations, List<DocumentView> attachments, boolean host) {

    public boolean volunteered() {
        return status == VisitStatus.VOLUNTEERED;
    }

    public boolean teamProposed() {
        return status == VisitStatus.TEAM_PROPOSED;
    }

    public boolean teamAccepted() {
        return status == VisitStatus.TEAM_ACCEPTED;
    }

    public boolean draftReported() {
        return status == VisitStatus.DRAFT_REPORTED;
    }

    public boolean commented() {
        return status == VisitStatus.COMMENTED;
    }

    public boolean finished() {
        return status == VisitStatus.FINAL;
    }

    /** The visit has taken place: its report exists (drafted, commented or final). */
    public boolean received() {
        return draftReported() || commented() || finished();
    }
}
