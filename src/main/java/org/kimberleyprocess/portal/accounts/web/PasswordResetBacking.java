package org.kimberleyprocess.portal.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kimberleyprocess.portal.accounts.application.AbuseLimits;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;

/**
 * "Forgot password" (password-forgot.xhtml) and the page its mailed link opens (password-reset.xhtml). The
 * request answers the same whether or not the account exists, and is limited per address like other anonymous
 * forms.
 */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AccountService accounts;

    @Inject
    private transient AbuseLimits limits;

    @Inject
    private CurrentLanguage language;

    @Inject
    private transient PageMessages messages;

    private String name;
    private String token;
    private String newPassword;
    private String repeatedPassword;
    private boolean sent;
    private boolean done;
    private Boolean usable;

    public void request() {
        if (!limits.allowFormNow()) {
            messages.error(null, "error.tooManyRequests");
            return;
        }
        accounts.requestPasswordReset(name, language.get());
        sent = true;
        messages.info("account.reset.sent");
    }

    /** Whether the link of this page can still be used (asked once per view). */
    public boolean isUsable() {
        if (usable == null) {
            usable = token != null && accounts.resetLinkUsable(token);
        }
        return usable;
    }

    public void reset() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            messages.error("reset:repeated", "account.password.error.mismatch");
            return;
        }
        boolean ended;
        try {
            ended = accounts.resetPassword(token, newPassword);
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        done = true;
        // a first password (an invitation) ends nothing; a new one for an account in use says what it ended
        messages.info(ended ? "account.reset.doneEnded" : "account.reset.done");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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

    public boolean isSent() {
        return sent;
    }

    public boolean isDone() {
        return done;
    }
}
