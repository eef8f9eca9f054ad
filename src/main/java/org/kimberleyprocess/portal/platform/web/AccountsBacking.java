package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    public List<AccountView> getAll() {
        if (all == null) {
            all = accounts.allAccounts();
        }
        return all;
    }
}
