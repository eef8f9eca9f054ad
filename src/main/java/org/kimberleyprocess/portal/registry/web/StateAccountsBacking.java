package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.accounts.application.AccountView;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
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

    // ---- a focal point invites and disables colleagues of its own Participant -----------------------

    @Inject
    private org.kimberleyprocess.portal.platform.web.PageMessages messages;

    @Inject
    private Caller caller;

    private final org.kimberleyprocess.portal.accounts.web.NewAccountForm form =
            new org.kimberleyprocess.portal.accounts.web.NewAccountForm();

    /** Whether the caller may invite and disable colleagues (a focal point; applicants only read the list). */
    public boolean isManager() {
        return caller.isIn(Role.FOCAL_POINT);
    }

    /** Whether a row is the caller's own account (which it cannot disable). */
    public boolean isOwn(AccountView account) {
        return caller.username().map(account.username()::equals).orElse(false);
    }

    public String invite() {
        return messages.perform(() -> accounts.inviteColleague(form.getUsername(), form.getDisplayName(),
                form.getEmail(), language.get()),
                "account.state.invited", "/registry/state?faces-redirect=true");
    }

    public String enable(String account) {
        return messages.perform(() -> accounts.setEnabled(account, true), "secretariat.accounts.enabled",
                "/registry/state?faces-redirect=true");
    }

    public String disable(String account) {
        return messages.perform(() -> accounts.setEnabled(account, false), "secretariat.accounts.disabled",
                "/registry/state?faces-redirect=true");
    }

    /** The new account's username, name and email address. */
    public org.kimberleyprocess.portal.accounts.web.NewAccountForm getForm() {
        return form;
    }

    public String getStateName() {
        load();
        return iso == null ? "" : registry.name(iso, language.get());
    }
}
