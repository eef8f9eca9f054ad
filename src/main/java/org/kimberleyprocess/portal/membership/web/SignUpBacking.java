package org.kimberleyprocess.portal.membership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.membership.application.SignUpService;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.application.StateName;

/** The public sign-up of an applicant state's representative (signup.xhtml). */
@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    private org.kimberleyprocess.portal.platform.security.AbuseLimits limits;

    @Inject
    private SignUpService signUps;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    private String displayName;
    private String email;
    private String username;
    private String password;
    private String repeatedPassword;
    private String isoCode;
    private boolean done;

    private List<StateName> states;

    /** The states offered, read once per request. */
    @jakarta.annotation.PostConstruct
    void load() {
        states = registry.statesThatMayApply(language.get());
    }

    public List<StateName> getStates() {
        return states;
    }

    public void signUp() {
        if (password == null || !password.equals(repeatedPassword)) {
            messages.error("signup:repeated", "account.password.error.mismatch");
            return;
        }
        if (!limits.allowFormNow()) {
            messages.error(null, "error.tooManyRequests");
            return;
        }
        try {
            signUps.signUp(new SignUpService.Form(displayName, email, username, password, isoCode, language.get()));
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        done = true;
        messages.info("membership.signup.sent", email);
    }

    public boolean isDone() {
        return done;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public void setIsoCode(String isoCode) {
        this.isoCode = isoCode;
    }
}
