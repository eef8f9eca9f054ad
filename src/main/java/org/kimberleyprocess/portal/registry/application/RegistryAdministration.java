package org.kimberleyprocess.portal.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.decisions.AdoptedDecisions;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;
import org.kimberleyprocess.portal.registry.domain.ChairOffices;
import org.kimberleyprocess.portal.registry.domain.ChairTerm;
import org.kimberleyprocess.portal.registry.domain.ChairTerms;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantStatusChanged;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * Decisions on the registry, recorded by the Chair or the Secretariat: a Participant's suspension,
 * reinstatement or removal (each dated, with its decision and reason, and public), and the Plenary's
 * selection of a Vice-Chair.
 */
@Stateless
@RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
public class RegistryAdministration {

    @Inject
    private Participants participants;

    @Inject
    private ChairTerms terms;

    @Inject
    private Clock clock;

    @Inject
    private CommandCheck check;

    @Inject
    private AdoptedDecisions decisions;

    @Inject
    private Event<Audited> audit;

    @Inject
    private Event<ParticipantStatusChanged> statusChanged;

    public void changeStatus(String isoCode, StatusDecision decision) {
        StatusDecision d = check.valid(decision);
        decisions.require(d.decision());
        Participant p = participants.require(isoCode);
        ParticipationStatus from = p.getStatus();
        p.changeStatus(d.next(), d.effective(), d.decision().strip(), d.reason().strip(), clock.instant());
        audit.fire(new Audited("STATUS_CHANGED", "Participant", isoCode, from + " -> " + d.next() + ": " + d.decision()));
        statusChanged.fire(new ParticipantStatusChanged(isoCode, from, d.next()));
    }

    public void selectViceChair(ViceChairSelection selection) {
        ViceChairSelection s = check.valid(selection);
        decisions.require(s.decision());
        for (ChairTerm term : new ChairOffices(terms.all()).selectViceChair(s.year(), participants.require(s.isoCode()),
                s.decision().strip())) {
            terms.add(term);
        }
        audit.fire(new Audited("VICE_CHAIR_SELECTED", "ChairTerm", String.valueOf(s.year()),
                s.isoCode() + ": " + s.decision()));
    }
}
