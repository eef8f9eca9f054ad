package org.kimberleyprocess.portal.membership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.membership.application.ApplicantMembership;
import org.kimberleyprocess.portal.membership.application.ChairMembership;
import org.kimberleyprocess.portal.membership.application.CommitteeMembership;
import org.kimberleyprocess.portal.membership.application.MembershipFiles;
import org.kimberleyprocess.portal.membership.application.SignUpService;
import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;
import org.kimberleyprocess.portal.platform.web.CapabilityPermissions;
import org.kimberleyprocess.portal.platform.web.Permissions;

/**
 * What the membership pages offer the person ({@code #{can.membership…}}): the services' role rules combined with
 * what the application's status allows (the domain's rules, {@link ApplicationStatus}).
 */
@RequestScoped
public class MembershipCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "membership";
    }

    @Inject
    private CommitteeMembership committee;

    private Boolean formalMember;

    public boolean ownApplication() {
        return Permissions.allows(ApplicantMembership.class, "myApplication");
    }

    public boolean readApplications() {
        return Permissions.allows(MembershipFiles.class, "pending");
    }

    public boolean confirmSignUps() {
        return Permissions.allows(SignUpService.class, "confirm");
    }

    // ---- the applicant's own file -------------------------------------------------------------------

    public boolean edit(ApplicationStatus status) {
        return ownApplication() && status.editableByApplicant();
    }

    public boolean submit(ApplicationStatus status) {
        return Permissions.allows(ApplicantMembership.class, "submit") && status.allowsSubmission();
    }

    public boolean withdraw(ApplicationStatus status) {
        return Permissions.allows(ApplicantMembership.class, "withdraw") && status.allowsWithdrawal();
    }

    // ---- the Participation Committee and the Chair ------------------------------------------------------

    /** The Committee's part of the file page: notes and the actions its status allows. */
    public boolean assess(ApplicationStatus status) {
        return Permissions.allows(CommitteeMembership.class, "addCommitteeNote") && status.allowsNotes();
    }

    public boolean startAssessment(ApplicationStatus status) {
        return Permissions.allows(CommitteeMembership.class, "startAssessment") && status.awaitsAssessment();
    }

    /** Formal requests to the applicant are for the Committee's Participant members (Observers comment). */
    public boolean requestInformation(ApplicationStatus status) {
        return Permissions.allows(CommitteeMembership.class, "requestInformation") && formalMember()
                && status.allowsInformationRequest();
    }

    public boolean proposeVisit(ApplicationStatus status) {
        return Permissions.allows(CommitteeMembership.class, "proposeVisit") && status.allowsVisitProposal();
    }

    /** The recommendation is the Committee's Participant members' (its chair records it). */
    public boolean recommend(ApplicationStatus status) {
        return Permissions.allows(CommitteeMembership.class, "recommend") && formalMember()
                && status.allowsRecommendation();
    }

    public boolean recordDecision(ApplicationStatus status) {
        return Permissions.allows(ChairMembership.class, "decide") && status.awaitsDecision();
    }

    private boolean formalMember() {
        if (formalMember == null) {
            formalMember = Permissions.allows(CommitteeMembership.class, "mayActFormallyForCommittee")
                    && committee.mayActFormallyForCommittee();
        }
        return formalMember;
    }
}
