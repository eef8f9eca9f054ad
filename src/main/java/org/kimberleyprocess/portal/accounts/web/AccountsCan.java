package org.kimberleyprocess.portal.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.platform.web.CapabilityPermissions;
import org.kimberleyprocess.portal.platform.web.Permissions;

/** What the account pages offer the person, as the account services allow it ({@code #{can.accounts…}}). */
@RequestScoped
public class AccountsCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "accounts";
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
}
