package org.kimberleyprocess.portal.review.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.review.domain.Expert;
import org.kimberleyprocess.portal.review.domain.Experts;
import org.kimberleyprocess.portal.review.domain.NominatorKind;

/**
 * The expert roster, read by the Scheme's accounts (names of people: never public). Participants and Observers
 * nominate experts (a focal point for its Participant, an Observer's account for its Observer; the Secretariat and
 * the Working Group on Monitoring for any); the Secretariat and the Working Group make an expert active or not.
 */
@Stateless
public class ExpertRoster {

    @Inject
    private Caller caller;

    @Inject
    private Experts experts;

    @Inject
    private Participants participants;

    @Inject
    private Observers observers;

    @Inject
    private UserAccounts accounts;

    @Inject
    private CommandCheck check;

    @Inject
    private Event<Audited> audit;

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.CHAIR_NAME, Role.MONITORING_NAME, Role.FOCAL_POINT_NAME,
        Role.OBSERVER_NAME})
    public List<ExpertView> experts() {
        return experts.all().stream().map(ReviewViews::expert).toList();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.MONITORING_NAME, Role.FOCAL_POINT_NAME, Role.OBSERVER_NAME})
    public long nominate(NewExpert command) {
        NewExpert c = check.valid(command);
        boolean forAny = caller.isIn(Role.SECRETARIAT, Role.MONITORING);
        String by = c.nominatedBy() == null || c.nominatedBy().isBlank()
                ? caller.participant().or(caller::observer).orElse("")
                : c.nominatedBy().strip();
        Optional<Participant> participant = participants.byIso(by);
        Expert expert;
        if (participant.isPresent()) {
            if (!forAny && !caller.actsFor(by)) {
                throw new AccessDeniedException();
            }
            expert = Expert.nominatedByParticipant(by, c.name(), c.expertise(), c.languages());
        } else {
            Observer observer = observers.byName(by)
                    .orElseThrow(() -> new BusinessException("review.expert.error.nominator"));
            if (!forAny && !caller.observer().map(by::equals).orElse(false)) {
                throw new AccessDeniedException();
            }
            expert = Expert.nominatedByObserver(observer.getName(), kind(observer.getKind()), c.name(),
                    c.expertise(), c.languages());
        }
        experts.add(expert);
        audit.fire(new Audited("EXPERT_NOMINATED", "Expert", expert.getName(), by));
        return expert.getId();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.MONITORING_NAME})
    public void setActive(long id, boolean active) {
        Expert e = experts.require(id);
        e.setActive(active);
        audit.fire(new Audited(active ? "EXPERT_ACTIVE" : "EXPERT_INACTIVE", "Expert", e.getName(), null));
    }

    static NominatorKind kind(ObserverKind kind) {
        return switch (kind) {
            case INDUSTRY -> NominatorKind.INDUSTRY;
            case CIVIL_SOCIETY -> NominatorKind.CIVIL_SOCIETY;
            case OTHER -> NominatorKind.OTHER;
        };
    }
}
