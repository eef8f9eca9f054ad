package org.kimberleyprocess.portal.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.accounts.application.AccountView;
import org.kimberleyprocess.portal.accounts.domain.NewAccount;
import org.kimberleyprocess.portal.platform.web.PageMessages;

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
        return "/accounts/accounts?faces-redirect=true";
    }

    // ---- a new account, and changes to existing ones ----------------------------------------------

    private final org.kimberleyprocess.portal.accounts.web.NewAccountForm form =
            new org.kimberleyprocess.portal.accounts.web.NewAccountForm();
    private org.kimberleyprocess.portal.platform.security.Role role;
    private String participantIso;
    private String observerName;
    private final java.util.Map<String, String> roleChoice = new java.util.HashMap<>();

    @Inject
    private org.kimberleyprocess.portal.platform.i18n.CurrentLanguage language;

    public String create() {
        return messages.perform(() -> accounts.createAccount(new NewAccount(form.getUsername(),
                        form.getDisplayName(), form.getEmail(), role, participantIso, observerName, language.get())),
                "secretariat.accounts.created", "/accounts/accounts?faces-redirect=true");
    }

    public String enable(String account) {
        return messages.perform(() -> accounts.setEnabled(account, true), "secretariat.accounts.enabled",
                "/accounts/accounts?faces-redirect=true");
    }

    public String disable(String account) {
        return messages.perform(() -> accounts.setEnabled(account, false), "secretariat.accounts.disabled",
                "/accounts/accounts?faces-redirect=true");
    }

    public String grant(String account) {
        return changeRole(account, true);
    }

    public String revoke(String account) {
        return changeRole(account, false);
    }

    private String changeRole(String account, boolean granted) {
        String chosen = roleChoice.get(account);
        org.kimberleyprocess.portal.platform.security.Role r = chosen == null || chosen.isBlank() ? null
                : org.kimberleyprocess.portal.platform.security.Role.valueOf(chosen);
        return messages.perform(() -> accounts.changeRole(account, r, granted), "secretariat.accounts.roleChanged",
                "/accounts/accounts?faces-redirect=true");
    }

    private final java.util.Map<String, String> bindingChoice = new java.util.HashMap<>();

    public String bind(String account) {
        return messages.perform(() -> accounts.changeBinding(account, bindingChoice.get(account)),
                "secretariat.accounts.bound", "/accounts/accounts?faces-redirect=true");
    }

    public java.util.Map<String, String> getBindingChoice() {
        return bindingChoice;
    }

    public org.kimberleyprocess.portal.platform.security.Role[] getRoles() {
        return org.kimberleyprocess.portal.platform.security.Role.values();
    }

    public java.util.Map<String, String> getRoleChoice() {
        return roleChoice;
    }

    /** The new account's username, name and email address. */
    public org.kimberleyprocess.portal.accounts.web.NewAccountForm getForm() {
        return form;
    }

    public org.kimberleyprocess.portal.platform.security.Role getRole() {
        return role;
    }

    public void setRole(org.kimberleyprocess.portal.platform.security.Role role) {
        this.role = role;
    }

    public String getParticipantIso() {
        return participantIso;
    }

    public void setParticipantIso(String participantIso) {
        this.participantIso = participantIso;
    }

    public String getObserverName() {
        return observerName;
    }

    public void setObserverName(String observerName) {
        this.observerName = observerName;
    }

    /**
     * The accounts, read once per request, and what each binds to in its field: a binding is never sent blank unless
     * the person emptied it (a blank binding unbinds the account).
     */
    @jakarta.annotation.PostConstruct
    void read() {
        all = accounts.allAccounts();
        for (AccountView a : all) {
            bindingChoice.put(a.username(), a.participantIso() != null ? a.participantIso()
                    : a.observerName() != null ? a.observerName() : "");
        }
    }

    public List<AccountView> getAll() {
        return all;
    }
}
