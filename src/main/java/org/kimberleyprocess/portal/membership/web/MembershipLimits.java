package org.kimberleyprocess.portal.membership.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.membership.domain.CommitteeNote;
import org.kimberleyprocess.portal.membership.domain.Contact;
import org.kimberleyprocess.portal.membership.domain.InformationRequest;
import org.kimberleyprocess.portal.membership.domain.Legislation;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;

/** The membership file's field limits as pages read them ({@code #{membershipLimits…}}): the entities' constants. */
@Named
@ApplicationScoped
public class MembershipLimits {

    public int getContactTextLength() {
        return Contact.TEXT_LENGTH;
    }

    public int getContactPhoneLength() {
        return Contact.PHONE_LENGTH;
    }

    public int getAuthorityLength() {
        return MembershipApplication.AUTHORITY_LENGTH;
    }

    public int getTextLength() {
        return MembershipApplication.TEXT_LENGTH;
    }

    public int getLegislationTitleLength() {
        return Legislation.TITLE_LENGTH;
    }

    public int getLegislationReferenceLength() {
        return Legislation.REFERENCE_LENGTH;
    }

    public int getAnswerLength() {
        return InformationRequest.TEXT_LENGTH;
    }

    public int getNoteLength() {
        return CommitteeNote.TEXT_LENGTH;
    }

    public int getDecisionReferenceLength() {
        return MembershipApplication.DECISION_REFERENCE_LENGTH;
    }

    public int getWithdrawalReasonLength() {
        return MembershipApplication.WITHDRAWAL_REASON_LENGTH;
    }
}
