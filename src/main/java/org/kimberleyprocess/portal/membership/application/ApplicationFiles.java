package org.kimberleyprocess.portal.membership.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;
import org.kimberleyprocess.portal.membership.domain.MembershipApplications;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * What the membership use cases share: finding an application as the caller may have it, and telling of a change
 * (the audit log; the applicant's focal point, by mail, of each step). Runs in the calling service's transaction.
 */
@Dependent
class ApplicationFiles {

    /** Who reads every application: the Committee, the Chair, the Secretariat. */
    static final Role[] READERS = {Role.PARTICIPATION_COMMITTEE, Role.CHAIR, Role.SECRETARIAT};

    @Inject
    private Caller caller;

    @Inject
    private MembershipApplications applications;

    @Inject
    private Participants participants;

    @Inject
    private UserAccounts accounts;

    @Inject
    private Event<Audited> audit;

    @Inject
    private Event<ApplicationMoved> moved;

    boolean callerReadsAll() {
        return caller.isIn(READERS);
    }

    MembershipApplication byReference(String reference) {
        return applications.byReference(reference)
                .orElseThrow(() -> new NotFoundException("MembershipApplication", reference));
    }

    /**
     * The application, if it is the caller's state's. Another state's application is "not found", as one that
     * does not exist: an applicant cannot learn which references exist.
     */
    MembershipApplication own(String reference) {
        MembershipApplication a = byReference(reference);
        if (!a.getState().equals(callerState())) {
            throw new NotFoundException("MembershipApplication", reference);
        }
        return a;
    }

    /** Any application for those who read all; an applicant's own for an applicant. */
    MembershipApplication readable(String reference) {
        return callerReadsAll() ? byReference(reference) : own(reference);
    }

    /** The state the caller's account applies for. */
    Participant callerState() {
        return participants.require(caller.ownParticipant());
    }

    /** The caller's state's application that is still open, or else its latest one. */
    Optional<MembershipApplication> latestOfCaller() {
        return applications.of(callerState()).stream()
                .sorted((a, b) -> Boolean.compare(a.getStatus().closed(), b.getStatus().closed()))
                .findFirst();
    }

    /** The applicant changed its file (no change of status). */
    void changed(MembershipApplication a, String what) {
        audit.fire(new Audited("APPLICATION_CHANGED", "MembershipApplication", a.getReference(), what));
    }

    /** The application moved on in the procedure: audited, and the applicant's focal point is told. */
    void moved(MembershipApplication a, String comment) {
        audit.fire(new Audited("APPLICATION_" + a.getStatus().name(), "MembershipApplication", a.getReference(),
                comment));
        Optional<UserAccount> creator = accounts.byUsername(a.getCreatedBy());
        String recipient = Optional.ofNullable(a.getFocalPoint().getEmail())
                .orElseGet(() -> creator.map(UserAccount::getEmail).orElse(null));
        String language = creator.flatMap(UserAccount::getLanguage).map(l -> l.code()).orElse("en");
        moved.fire(new ApplicationMoved(a.getReference(), a.getState().getIsoCode(), a.getStatus(), comment,
                recipient, language));
    }
}
