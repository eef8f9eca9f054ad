package org.kimberleyprocess.portal.plenary.web;

import jakarta.enterprise.context.RequestScoped;
import org.kimberleyprocess.portal.platform.web.CapabilityPermissions;
import org.kimberleyprocess.portal.platform.web.Permissions;
import org.kimberleyprocess.portal.plenary.application.CommitteeService;
import org.kimberleyprocess.portal.plenary.application.DecisionService;
import org.kimberleyprocess.portal.plenary.application.LibraryService;
import org.kimberleyprocess.portal.plenary.application.MeetingService;

/** What the plenary's pages offer the person, as its services allow it ({@code #{can.plenary…}}). */
@RequestScoped
public class PlenaryCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "plenary";
    }

    /** Compose committees: members, chair. */
    public boolean composeCommittees() {
        return Permissions.allows(CommitteeService.class, "addParticipant");
    }

    /** Draft decisions and write their texts (the Chair, the Secretariat). */
    public boolean draftDecisions() {
        return Permissions.allows(DecisionService.class, "draft");
    }

    /** Circulate a draft for written procedure (the Chair). */
    public boolean circulate() {
        return Permissions.allows(DecisionService.class, "circulate");
    }

    /** Object to a decision in written procedure (a focal point). */
    public boolean object() {
        return Permissions.allows(DecisionService.class, "object");
    }

    /** Record that a meeting agreed a decision. */
    public boolean recordAgreement() {
        return Permissions.allows(DecisionService.class, "agreeAt");
    }

    /** Record an adoption (the Secretariat). */
    public boolean adopt() {
        return Permissions.allows(DecisionService.class, "adopt");
    }

    /** Add documents to the library (the Secretariat). */
    public boolean addDocuments() {
        return Permissions.allows(LibraryService.class, "add");
    }

    /** Record meetings and who was present (the Secretariat). */
    public boolean recordMeetings() {
        return Permissions.allows(MeetingService.class, "record");
    }
}
