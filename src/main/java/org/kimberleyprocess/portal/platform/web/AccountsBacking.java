package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.kimberleyprocess.portal.platform.security.AccountService;
import org.kimberleyprocess.portal.platform.security.AccountView;

/** The Secretariat's list of accounts (secretariat/accounts.xhtml). */
@Named
@RequestScoped
public class AccountsBacking {

    @Inject
    private AccountService accounts;

    private List<AccountView> all;

    @Inject
    private Clock clock;

    @Inject
    private PageMessages messages;

    public boolean isLocked(AccountView account) {
        return account.lockedAt(clock.instant());
    }

    /** Lifts an account's lock and shows the list again. */
    public String unlock(String username) {
        accounts.unlock(username);
        messages.info("secretariat.accounts.unlocked", username);
        messages.keepForRedirect();
        return "/secretariat/accounts?faces-redirect=true";
    }

    public List<AccountView> getAll() {
        if (all == null) {
            all = accounts.allAccounts();
        }
        return all;
    }
}
