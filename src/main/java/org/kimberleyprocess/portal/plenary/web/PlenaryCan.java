package org.kimberleyprocess.portal.plenary.web;

import jakarta.enterprise.context.RequestScoped;
import org.kimberleyprocess.portal.platform.web.CapabilityPermissions;
import org.kimberleyprocess.portal.platform.web.Permissions;
import org.kimberleyprocess.portal.plenary.application.CommitteeService;

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
}
