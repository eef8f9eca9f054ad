package org.kimberleyprocess.portal.plenary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.platform.web.Permissions;
import org.kimberleyprocess.portal.plenary.application.CommitteeService;

/** What the plenary's pages offer the person, as its services allow it ({@code #{plenaryCan…}}). */
@Named
@RequestScoped
public class PlenaryCan {

    /** Compose committees: members, chair. */
    public boolean composeCommittees() {
        return Permissions.allows(CommitteeService.class, "addParticipant");
    }
}
