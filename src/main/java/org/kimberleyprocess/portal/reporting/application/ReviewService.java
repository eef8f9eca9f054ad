package org.kimberleyprocess.portal.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersions;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReports;
import org.kimberleyprocess.portal.reporting.domain.report.Assessment;
import org.kimberleyprocess.portal.reporting.domain.report.CommentSide;

/**
 * The Working Group on Monitoring's review of submitted reports: comments per question, which the Participant's
 * focal points answer in the portal, and where the review stands (received, under review, follow-up requested,
 * assessed). The Working Group, the Chair, the Secretariat and the Participant's own accounts read the comments.
 */
@Stateless
public class ReviewService {

    @Inject
    private Caller caller;

    @Inject
    private AnnualReports reports;

    @Inject
    private QuestionnaireVersions versions;

    @Inject
    private Participants participants;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /**
     * A comment on one question of a submitted report: the Working Group's, or, from a focal point of the
     * Participant, its answer. Anyone else is refused.
     */
    @RolesAllowed({Role.MONITORING_NAME, Role.FOCAL_POINT_NAME})
    public void comment(int year, String isoCode, String questionCode, String text) {
        String iso = participants.require(IsoCode.normalised(isoCode))
                .getIsoCode();
        CommentSide side;
        if (caller.isIn(Role.MONITORING)) {
            side = CommentSide.WORKING_GROUP;
        } else if (caller.actsFor(iso)) {
            side = CommentSide.PARTICIPANT;
        } else {
            throw new AccessDeniedException();
        }
        AnnualReport report = report(iso, year);
        Question q = versions.require(report.getQuestionnaireNumber()).content().question(questionCode)
                .orElseThrow(() -> new NotFoundException("Question", questionCode));
        report.comment(q, side, caller.name(), text, clock.instant());
        audit.fire(new Audited("REPORT_COMMENTED", "AnnualReport", iso + "/" + year, side + " " + q.code()));
    }

    /** The Working Group records where its review of a submitted report stands. */
    @RolesAllowed(Role.MONITORING_NAME)
    public void assess(int year, String isoCode, Assessment assessment) {
        String iso = participants.require(IsoCode.normalised(isoCode))
                .getIsoCode();
        report(iso, year).assess(assessment);
        audit.fire(new Audited("REPORT_ASSESSED", "AnnualReport", iso + "/" + year, String.valueOf(assessment)));
    }

    private AnnualReport report(String iso, int year) {
        return reports.ofForChange(iso, year).orElseThrow(() -> new NotFoundException("AnnualReport", iso + "/" + year));
    }
}
