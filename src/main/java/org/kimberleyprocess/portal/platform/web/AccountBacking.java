package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.security.AccountService;
import org.kimberleyprocess.portal.platform.security.AccountView;
import org.kimberleyprocess.portal.platform.security.PasswordChangeFilter;
import org.kimberleyprocess.portal.registry.application.RegistryService;

/** The caller's own account (account/index.xhtml) and the password change (account/password.xhtml). */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    private AccountView account;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public AccountView getAccount() {
        if (account == null) {
            account = accounts.myAccount();
        }
        return account;
    }

    /** The state the account acts for, named in the reader's language. */
    public String getActingForState() {
        String iso = getAccount().participantIso();
        return iso == null ? null : registry.name(iso, language.get());
    }

    public boolean isMustChangePassword() {
        return getAccount().mustChangePassword();
    }

    public String changePassword() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            messages.error("password:repeated", "account.password.error.mismatch");
            return null;
        }
        try {
            accounts.changePassword(currentPassword == null ? "" : currentPassword, newPassword);
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null) {
            session.removeAttribute(PasswordChangeFilter.SESSION_FLAG);
        }
        messages.info("account.password.changed");
        messages.keepForRedirect();
        return "/account/index?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
