package org.kimberleyprocess.portal.membership.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.membership.domain.Contact;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;
import org.kimberleyprocess.portal.membership.domain.MembershipApplications;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.decisions.AdoptedDecisions;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;
import org.kimberleyprocess.portal.registry.application.ParticipantAdmitted;
import org.kimberleyprocess.portal.registry.domain.ContactEntry;
import org.kimberleyprocess.portal.registry.domain.ContactRole;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantStatusChanged;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.registry.domain.PortalReason;

/** The Chair's side of membership: recording the decision on an application, as the Plenary adopted it. */
@Stateless
@RolesAllowed(Role.CHAIR_NAME)
public class ChairMembership {

    @Inject
    private Caller caller;

    @Inject
    private ApplicationFiles files;

    @Inject
    private MembershipApplications applications;

    @Inject
    private AdoptedDecisions adoptedDecisions;

    @Inject
    private CommandCheck check;

    @Inject
    private Clock clock;

    @Inject
    private Event<ParticipantStatusChanged> statusChanged;

    @Inject
    private Event<ParticipantAdmitted> admitted;

    @Inject
    private Event<Audited> audit;

    /**
     * The Chair records the decision. An admission makes the state a Participant as of the decision date, the
     * accounts that applied for it become its focal point accounts, and the registry starts its contacts directory
     * from the application.
     */
    public void decide(String reference, AdmissionDecision decision) {
        AdmissionDecision d = check.valid(decision);
        adoptedDecisions.require(d.reference());
        LocalDate date = d.date();
        String decisionRef = d.reference();
        MembershipApplication a = files.byReference(reference);
        applications.lockForChange(a);
        a.decide(d.admitted(), d.kind(), date, decisionRef, caller.name(), clock.instant());
        if (d.admitted()) {
            Participant state = a.getState();
            ParticipationStatus before = state.getStatus();
            state.changeStatusByPortal(ParticipationStatus.PARTICIPANT, date, decisionRef,
                    PortalReason.admittedOn(reference), clock.instant());
            // the accounts that applied for the state become its focal points (FocalPointsFollowStatus)
            statusChanged.fire(new ParticipantStatusChanged(state.getIsoCode(), before,
                    ParticipationStatus.PARTICIPANT));
            admitted.fire(new ParticipantAdmitted(state.getIsoCode(), a.getReference(), List.of(
                    person(ContactRole.FOCAL_POINT, a.getFocalPoint()),
                    person(ContactRole.ALTERNATE, a.getAlternate()),
                    authority(ContactRole.EXPORTING_AUTHORITY, a.getExportingAuthority()),
                    authority(ContactRole.IMPORTING_AUTHORITY, a.getImportingAuthority()))));
            audit.fire(new Audited("PARTICIPANT_ADMITTED", "Participant", state.getIsoCode(), decisionRef));
        }
        files.moved(a, decisionRef);
    }

    private static ContactEntry person(ContactRole role, Contact c) {
        String organisation = c.getMinistry() != null ? c.getMinistry() : c.getTitle();
        return new ContactEntry(role, c.getName(), organisation, c.getEmail(), c.getPhone(), false, false, false,
                false);
    }

    private static ContactEntry authority(ContactRole role, String name) {
        return new ContactEntry(role, null, name, null, null, false, false, false, false);
    }
}
