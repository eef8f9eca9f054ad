package org.kimberleyprocess.portal.review.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.review.domain.Expert;
import org.kimberleyprocess.portal.review.domain.Recommendation;
import org.kimberleyprocess.portal.review.domain.ReviewMission;
import org.kimberleyprocess.portal.review.domain.ReviewVisit;

/** Records of the review's entities for pages and the API, cut to what the reader may see. */
final class ReviewViews {

    private ReviewViews() {
    }

    static ExpertView expert(Expert e) {
        return new ExpertView(e.getId(), e.getName(), e.getNominatedByIso(), e.getNominatedByObserver(),
                e.getNominatorKind(), e.getExpertise(), List.copyOf(e.getLanguages()), e.isActive());
    }

    static RecommendationView recommendation(Recommendation r, LocalDate today) {
        return new RecommendationView(r.getId(), r.getText(), r.getOwner(), r.getDueOn(), r.getStatus(),
                r.overdueOn(today), r.getProgress().stream()
                        .map(p -> new ProgressView(p.getText(), p.getWrittenBy(), p.getWrittenAt())).toList());
    }

    /** With {@code kp}, everything; otherwise what the public reads (the final report only if it is public). */
    static VisitView visit(ReviewVisit v, boolean kp, boolean host, LocalDate today) {
        boolean report = kp || v.publicReport();
        return new VisitView(v.getId(), v.getHostIso(), v.getYear(), v.getStatus(), v.getLeadIso(),
                kp ? team(v.getTeam()) : List.of(), kp ? v.getChangesRequested() : null, v.getStartsOn(),
                v.getEndsOn(), kp ? v.getTerms() : null, kp ? v.getDraftReport() : null,
                kp ? v.getHostComments() : null, report ? v.getFinalReport() : null, v.getReportPublic(),
                report ? v.getRecommendations().stream().map(r -> recommendation(r, today)).toList() : List.of(),
                kp ? v.getAttachments().stream().map(DocumentView::of).toList() : List.of(), host);
    }

    static MissionView mission(ReviewMission m, LocalDate today) {
        return new MissionView(m.getId(), m.getSubjectIso(), m.getOpenedOn(), m.getStatus(), m.getGrounds(),
                m.getTerms(), team(m.getTeam()), m.getReport(), m.getOutcome(), m.getDecisionReference(),
                m.getRecommendations().stream().map(r -> recommendation(r, today)).toList());
    }

    private static List<ExpertView> team(java.util.Collection<Expert> experts) {
        return experts.stream().map(ReviewViews::expert).sorted(Comparator.comparing(ExpertView::name)).toList();
    }
}
