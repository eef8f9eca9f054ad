package org.kimberleyprocess.portal.review.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.application.KpAccess;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.review.domain.Experts;
import org.kimberleyprocess.portal.review.domain.Recommendation;
import org.kimberleyprocess.portal.review.domain.Recommendations;
import org.kimberleyprocess.portal.review.domain.ReviewVisit;
import org.kimberleyprocess.portal.review.domain.ReviewVisits;

/**
 * Review visits: a Participant volunteers (its focal point, or the Secretariat for it); the Working Group on
 * Monitoring (or the Secretariat) proposes the team from the roster, schedules the visit and its terms of reference;
 * the host's focal points accept the team or ask for changes and comment on the draft report; the Working Group writes
 * the draft and final reports and the recommendations, on which the host reports progress. Anyone reads the
 * dashboard and what is public of each visit; the Scheme's accounts (and the Working Group) read the rest.
 */
@Stateless
public class PeerReviewService {

    @Inject
    private Caller caller;

    /** The Plenary's aim of 2003: the largest number of Participants possible volunteer by this year. */
    public static final int AIM_YEAR = 2006;

    @Inject
    private ReviewVisits visits;

    @Inject
    private Experts experts;

    @Inject
    private Recommendations recommendations;

    @Inject
    private Participants participants;

    @Inject
    private KpAccess kp;

    @Inject
    private DocumentStore store;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    @PermitAll
    public Dashboard dashboard() {
        boolean kpReader = readsKp();
        List<ReviewVisit> all = visits.all();
        Set<String> inGoodStanding = participants.all().stream().filter(Participant::inGoodStanding)
                .map(Participant::getIsoCode).collect(Collectors.toSet());
        Set<String> volunteers = all.stream().map(ReviewVisit::getHostIso).collect(Collectors.toSet());
        Set<String> visited = all.stream().filter(ReviewVisit::received).map(ReviewVisit::getHostIso)
                .collect(Collectors.toSet());
        return new Dashboard(inGoodStanding.size(),
                (int) volunteers.stream().filter(inGoodStanding::contains).count(),
                (int) visited.stream().filter(inGoodStanding::contains).count(), AIM_YEAR,
                all.stream().map(v -> ReviewViews.visit(v, kpReader, false, today())).toList(),
                inGoodStanding.stream().filter(iso -> !volunteers.contains(iso)).sorted().toList());
    }

    @PermitAll
    public VisitView visit(long id) {
        ReviewVisit v = visits.require(id);
        return ReviewViews.visit(v, readsKp(), caller.actsFor(v.getHostIso()), today());
    }

    /** The open recommendations on a Participant (the public: those of public final reports only). */
    @PermitAll
    public List<RecommendationView> openRecommendations(String isoCode) {
        boolean own = caller.actsFor(isoCode);
        boolean kpReader = readsKp() || own;
        boolean missionReader = own || caller.isIn(Role.SECRETARIAT, Role.CHAIR, Role.MONITORING);
        return recommendations.openFor(isoCode).stream()
                .filter(r -> r.getVisit() != null ? kpReader || r.getVisit().publicReport() : missionReader)
                .map(r -> ReviewViews.recommendation(r, today())).toList();
    }

    /** A Participant volunteers to receive a visit in a year: its focal points for it, the Secretariat for any. */
    @RolesAllowed({Role.FOCAL_POINT_NAME, Role.SECRETARIAT_NAME})
    public long volunteer(String isoCode, int year) {
        Participant host = participants.byIso(isoCode == null ? "" : isoCode)
                .orElseThrow(() -> new BusinessException("review.visit.error.host"));
        if (!caller.isIn(Role.SECRETARIAT) && !caller.actsFor(host.getIsoCode())) {
            throw new AccessDeniedException();
        }
        if (!host.inGoodStanding()) {
            throw new BusinessException("review.visit.error.host");
        }
        if (visits.of(host.getIsoCode(), year).isPresent()) {
            throw new BusinessException("review.visit.error.already", year);
        }
        ReviewVisit v = new ReviewVisit(host.getIsoCode(), year, clock.instant());
        visits.add(v);
        audit.fire(new Audited("VISIT_VOLUNTEERED", "ReviewVisit", host.getIsoCode(), String.valueOf(year)));
        return v.getId();
    }

    @RolesAllowed({Role.MONITORING_NAME, Role.SECRETARIAT_NAME})
    public VisitView proposeTeam(long id, String leadIso, Collection<Long> expertIds) {
        ReviewVisit v = organised(id);
        boolean leadInGoodStanding = leadIso != null && participants.byIso(leadIso).map(Participant::inGoodStanding)
                .orElse(false);
        v.proposeTeam(leadIso, leadInGoodStanding, expertIds == null ? null
                : expertIds.stream().distinct().map(experts::require).toList());
        audit.fire(new Audited("VISIT_TEAM_PROPOSED", "ReviewVisit", v.getHostIso(), leadIso));
        return visit(id);
    }

    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public VisitView acceptTeam(long id) {
        ReviewVisit v = hosted(id);
        v.acceptTeam();
        audit.fire(new Audited("VISIT_TEAM_ACCEPTED", "ReviewVisit", v.getHostIso(), String.valueOf(v.getYear())));
        return visit(id);
    }

    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public VisitView askForChanges(long id, String what) {
        ReviewVisit v = hosted(id);
        v.askForChanges(what);
        audit.fire(new Audited("VISIT_CHANGES_ASKED", "ReviewVisit", v.getHostIso(), String.valueOf(v.getYear())));
        return visit(id);
    }

    @RolesAllowed({Role.MONITORING_NAME, Role.SECRETARIAT_NAME})
    public VisitView schedule(long id, LocalDate startsOn, LocalDate endsOn, String terms) {
        ReviewVisit v = organised(id);
        v.schedule(startsOn, endsOn, terms);
        audit.fire(new Audited("VISIT_SCHEDULED", "ReviewVisit", v.getHostIso(), startsOn + " " + endsOn));
        return visit(id);
    }

    @RolesAllowed(Role.MONITORING_NAME)
    public VisitView draftReport(long id, String report) {
        ReviewVisit v = organised(id);
        v.draftReport(report, today());
        audit.fire(new Audited("VISIT_DRAFT_REPORT", "ReviewVisit", v.getHostIso(), String.valueOf(v.getYear())));
        return visit(id);
    }

    /** An attachment of the team's draft report (PDF, PNG or JPEG, checked by content). */
    @RolesAllowed(Role.MONITORING_NAME)
    public VisitView attach(long id, String fileName, long size, InputStream content) {
        ReviewVisit v = organised(id);
        v.attach(store.store(fileName, size, content));
        audit.fire(new Audited("VISIT_ATTACHMENT", "ReviewVisit", v.getHostIso(), fileName));
        return visit(id);
    }

    /** An attachment of a visit's report, for those who read the Scheme's working papers ("not found" to others). */
    @PermitAll
    public DocumentView attachment(long id, String token) {
        ReviewVisit v = visits.require(id);
        if (!readsKp()) {
            throw new NotFoundException("StoredDocument", token);
        }
        return v.getAttachments().stream().filter(d -> d.getToken().equals(token)).findFirst().map(DocumentView::of)
                .orElseThrow(() -> new NotFoundException("StoredDocument", token));
    }

    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public VisitView comment(long id, String comments) {
        ReviewVisit v = hosted(id);
        v.comment(comments);
        audit.fire(new Audited("VISIT_COMMENTED", "ReviewVisit", v.getHostIso(), String.valueOf(v.getYear())));
        return visit(id);
    }

    @RolesAllowed(Role.MONITORING_NAME)
    public VisitView finalise(long id, String report, boolean isPublic) {
        ReviewVisit v = organised(id);
        v.finalise(report, isPublic);
        audit.fire(new Audited("VISIT_FINAL_REPORT", "ReviewVisit", v.getHostIso(), isPublic ? "public" : "KP only"));
        return visit(id);
    }

    @RolesAllowed(Role.MONITORING_NAME)
    public VisitView recommend(long id, String text, String owner, LocalDate dueOn) {
        ReviewVisit v = organised(id);
        v.recommend(text, owner, dueOn);
        audit.fire(new Audited("VISIT_RECOMMENDATION", "ReviewVisit", v.getHostIso(), owner));
        return visit(id);
    }

    /** The Participant concerned reports progress on a recommendation (of a visit it hosted or a mission on it). */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public RecommendationView reportProgress(long recommendationId, String note, boolean done) {
        Recommendation r = recommendations.require(recommendationId);
        String concerned = r.getVisit() != null ? r.getVisit().getHostIso() : r.getMission().getSubjectIso();
        if (!caller.actsFor(concerned)) {
            throw new AccessDeniedException();
        }
        r.report(note, done, caller.name(), clock.instant());
        audit.fire(new Audited("RECOMMENDATION_PROGRESS", "Recommendation", String.valueOf(recommendationId),
                r.getStatus().name()));
        return ReviewViews.recommendation(r, today());
    }

    /**
     * A visit for the Working Group's (or the Secretariat's) steps: an account acting for the host, though it sits on
     * the Working Group, takes none of them.
     */
    private ReviewVisit organised(long id) {
        ReviewVisit v = visits.require(id);
        if (caller.actsFor(v.getHostIso()) && !caller.isIn(Role.SECRETARIAT)) {
            throw new AccessDeniedException();
        }
        return v;
    }

    private ReviewVisit hosted(long id) {
        ReviewVisit v = visits.byId(id).orElseThrow(() -> new NotFoundException("ReviewVisit", id));
        if (!caller.actsFor(v.getHostIso())) {
            throw new AccessDeniedException();
        }
        return v;
    }

    /** The Scheme's accounts with KP access, and the Working Group on Monitoring, read everything of the review. */
    boolean readsKp() {
        return caller.isIn(Role.MONITORING) || kp.callerHasKpAccess();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
