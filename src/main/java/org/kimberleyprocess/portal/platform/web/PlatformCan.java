package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.platform.audit.AuditLog;
import org.kimberleyprocess.portal.platform.mail.Outbox;
import org.kimberleyprocess.portal.platform.security.AccountService;

/** What the platform's pages offer the person, as its services allow it ({@code #{can.platform…}}). */
@RequestScoped
public class PlatformCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "platform";
    }

    @Inject
    private AccountService accounts;

    private Boolean actsForState;

    public boolean loggedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    /** Whether the logged-in account acts for a state (a Participant or an applicant); read once per request. */
    public boolean actsForState() {
        if (actsForState == null) {
            actsForState = loggedIn() && accounts.myAccount().participantIso() != null;
        }
        return actsForState;
    }

    /** See the accounts of one's own state (and, for a focal point, invite colleagues). */
    public boolean stateAccounts() {
        return actsForState() && Permissions.allows(AccountService.class, "accountsActingFor");
    }

    public boolean manageAccounts() {
        return Permissions.allows(AccountService.class, "allAccounts");
    }

    public boolean readAuditLog() {
        return Permissions.allows(AuditLog.class, "page");
    }

    public boolean readOutbox() {
        return Permissions.allows(Outbox.class, "latest");
    }
}
