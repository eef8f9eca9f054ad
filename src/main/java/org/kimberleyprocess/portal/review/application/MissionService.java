package org.kimberleyprocess.portal.review.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.plenary.application.DecisionService;
import org.kimberleyprocess.portal.plenary.application.NewDecision;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.review.domain.Experts;
import org.kimberleyprocess.portal.review.domain.MissionOutcome;
import org.kimberleyprocess.portal.review.domain.ReviewMission;
import org.kimberleyprocess.portal.review.domain.ReviewMissions;

/**
 * Review missions, under the Chair's responsibility assisted by the Working Group on Monitoring: the Chair opens one
 * with its grounds, team and terms; the Chair or the Working Group records the report; the Chair closes it with its
 * outcome. A proposal to suspend or remove the Participant becomes a draft decision of the Plenary, which changes the
 * registry only once adopted. Missions are read by the Chair, the Secretariat and the Working Group, not the public.
 */
@Stateless
@RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME, Role.MONITORING_NAME})
public class MissionService {

    @Inject
    private Caller caller;

    @Inject
    private ReviewMissions missions;

    @Inject
    private Experts experts;

    @Inject
    private Participants participants;

    @Inject
    private DecisionService decisions;

    @Inject
    private RegistryService registry;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    public List<MissionView> missions() {
        return missions.all().stream().map(m -> ReviewViews.mission(m, today())).toList();
    }

    public MissionView mission(long id) {
        return ReviewViews.mission(missions.require(id), today());
    }

    @RolesAllowed(Role.CHAIR_NAME)
    public long open(String subjectIso, String grounds, String terms, Collection<Long> expertIds) {
        String iso = participants.byIso(subjectIso == null ? "" : subjectIso)
                .orElseThrow(() -> new BusinessException("review.visit.error.host")).getIsoCode();
        ReviewMission m = new ReviewMission(iso, grounds, terms, expertIds == null ? List.of()
                : expertIds.stream().distinct().map(experts::require).toList(), today());
        missions.add(m);
        audit.fire(new Audited("MISSION_OPENED", "ReviewMission", iso, String.valueOf(today())));
        return m.getId();
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.MONITORING_NAME})
    public MissionView report(long id, String report) {
        ReviewMission m = worked(id);
        m.report(report);
        audit.fire(new Audited("MISSION_REPORTED", "ReviewMission", m.getSubjectIso(), null));
        return mission(id);
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.MONITORING_NAME})
    public MissionView recommend(long id, String text, String owner, LocalDate dueOn) {
        ReviewMission m = worked(id);
        m.recommend(text, owner, dueOn);
        audit.fire(new Audited("MISSION_RECOMMENDATION", "ReviewMission", m.getSubjectIso(), owner));
        return mission(id);
    }

    /**
     * The Chair closes the mission with its outcome; a proposal to suspend or remove drafts the Plenary's decision
     * under the reference given, acting on the registry once adopted.
     */
    @RolesAllowed(Role.CHAIR_NAME)
    public MissionView close(long id, MissionOutcome outcome, String decisionReference) {
        ReviewMission m = missions.require(id);
        String reference = null;
        if (outcome != null && outcome.proposesDecision()) {
            if (decisionReference == null || decisionReference.isBlank()) {
                throw new BusinessException("review.mission.error.reference");
            }
            reference = decisionReference.strip();
            boolean removal = outcome == MissionOutcome.REMOVAL_PROPOSED;
            String name = registry.name(m.getSubjectIso(), Language.EN);
            decisions.draft(new NewDecision(reference, DecisionCategory.ADMINISTRATIVE_DECISION,
                    (removal ? "Removal of " : "Suspension of ") + name,
                    "On the report of the review mission opened on " + m.getOpenedOn() + ", the Participants decide the "
                            + (removal ? "removal" : "suspension") + " of " + name + " from the Kimberley Process"
                            + " Certification Scheme.",
                    m.getSubjectIso(), removal ? ParticipationStatus.REMOVED : ParticipationStatus.SUSPENDED));
        }
        m.close(outcome, reference);
        audit.fire(new Audited("MISSION_CLOSED", "ReviewMission", m.getSubjectIso(),
                outcome + (reference == null ? "" : " " + reference)));
        return mission(id);
    }

    /** A mission for the Working Group's steps: an account acting for the Participant concerned takes none. */
    private ReviewMission worked(long id) {
        ReviewMission m = missions.require(id);
        if (caller.actsFor(m.getSubjectIso()) && !caller.isIn(Role.CHAIR)
                && !caller.isIn(Role.SECRETARIAT)) {
            throw new AccessDeniedException();
        }
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
