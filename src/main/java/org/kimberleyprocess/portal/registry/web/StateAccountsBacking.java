package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.security.AccountService;
import org.kimberleyprocess.portal.platform.security.AccountView;
import org.kimberleyprocess.portal.registry.application.RegistryService;

/** KP-only: the accounts acting for the caller's own state (account/state.xhtml). */
@Named
@RequestScoped
public class StateAccountsBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    private List<AccountView> list;
    private String iso;

    private void load() {
        if (list == null) {
            iso = accounts.myAccount().participantIso();
            list = iso == null ? List.of() : accounts.accountsActingFor(iso);
        }
    }

    public List<AccountView> getAccounts() {
        load();
        return list;
    }

    public String getStateName() {
        load();
        return iso == null ? "" : registry.name(iso, language.get());
    }
}
