package org.kimberleyprocess.portal.membership.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * The Participation Committee's side of membership: it takes a submitted application up, asks the applicant for
 * information, notes, proposes a visit, and recommends; its Participant members act formally, its Observers comment.
 */
@Stateless
@RolesAllowed(Role.PARTICIPATION_COMMITTEE_NAME)
public class CommitteeMembership {

    @Inject
    private Caller caller;

    @Inject
    private ApplicationFiles files;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    public void startAssessment(String reference) {
        MembershipApplication a = files.byReference(reference);
        a.startAssessment(caller.name(), clock.instant());
        files.moved(a, null);
    }

    /**
     * Whether the caller may act for the Participation Committee formally (ask the applicant for information,
     * record the recommendation): decisions in the Scheme are the Participants', so its Participant members may;
     * Observers on the Committee read the files and comment.
     */
    @RolesAllowed({Role.PARTICIPATION_COMMITTEE_NAME, Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public boolean mayActFormallyForCommittee() {
        return caller.isIn(Role.PARTICIPATION_COMMITTEE) && caller.observer().isEmpty();
    }

    public void requestInformation(String reference, String question) {
        requireFormalCommitteeMember();
        MembershipApplication a = files.byReference(reference);
        a.requestInformation(question, caller.name(), clock.instant());
        files.moved(a, question);
    }

    public void addCommitteeNote(String reference, String text) {
        MembershipApplication a = files.byReference(reference);
        a.addCommitteeNote(text, caller.name(), clock.instant());
        audit.fire(new Audited("APPLICATION_NOTE", "MembershipApplication", reference, null));
    }

    public void proposeVisit(String reference, String proposal) {
        MembershipApplication a = files.byReference(reference);
        a.proposeVisit(proposal, caller.name(), clock.instant());
        audit.fire(new Audited("APPLICATION_VISIT_PROPOSED", "MembershipApplication", reference, proposal));
    }

    public void recommend(String reference, boolean admission, String comment) {
        requireFormalCommitteeMember();
        MembershipApplication a = files.byReference(reference);
        a.recommend(admission, comment, caller.name(), clock.instant());
        files.moved(a, comment);
    }

    private void requireFormalCommitteeMember() {
        if (!mayActFormallyForCommittee()) {
            throw new AccessDeniedException();
        }
    }
}
