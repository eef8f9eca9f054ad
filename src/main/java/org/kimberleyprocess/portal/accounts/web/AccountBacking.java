package org.kimberleyprocess.portal.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.accounts.application.AccountView;
import org.kimberleyprocess.portal.accounts.domain.ActingBodies;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;

/** The caller's own account (account/index.xhtml) and the password change (account/password.xhtml). */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private ActingBodies bodies;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private jakarta.security.enterprise.SecurityContext securityContext;

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
        return iso == null ? null : bodies.participantName(iso, language.get());
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
        if (session != null && session.getAttribute(PasswordChangeFilter.SESSION_FLAG) != null) {
            session.removeAttribute(PasswordChangeFilter.SESSION_FLAG);
            loginWithNewPassword();
        } else {
            keepThisSession();
        }
        messages.info("account.password.changed");
        messages.keepForRedirect();
        return "/accounts/index?faces-redirect=true";
    }

    /**
     * The new password ends every other session of the account; this one goes on, under a new session id, with what
     * its access now depends on.
     */
    private void keepThisSession() {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        request.changeSessionId();
        accounts.accessFingerprint(request.getUserPrincipal().getName()).ifPresent(f ->
                org.kimberleyprocess.portal.accounts.web.AccessFreshnessFilter.remember(request, f));
    }

    /**
     * A one-time password opened the account without any role; with the new password the person logs in again at
     * once (new session id), with the account's roles, and goes on without retyping it.
     */
    private void loginWithNewPassword() {
        jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        jakarta.servlet.http.HttpServletResponse response =
                (jakarta.servlet.http.HttpServletResponse) external.getResponse();
        String username = request.getUserPrincipal().getName();
        var status = securityContext.authenticate(request, response,
                jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams()
                        .newAuthentication(true).credential(
                                new jakarta.security.enterprise.credential.UsernamePasswordCredential(username, newPassword)));
        if (status == jakarta.security.enterprise.AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            accounts.accessFingerprint(username).ifPresent(f ->
                    org.kimberleyprocess.portal.accounts.web.AccessFreshnessFilter.remember(request, f));
        }
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
