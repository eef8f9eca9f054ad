package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ObserverAdmission;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;

/** The public request of an organisation to become an Observer (observer-apply.xhtml). */
@Named
@RequestScoped
public class ObserverRequestBacking {

    @Inject
    private org.kimberleyprocess.portal.platform.security.AbuseLimits limits;

    @Inject
    private ObserverAdmission admission;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    private String organisation;
    private ObserverKind kind;
    private String motivation;
    private String delegateName;
    private String email;
    private String username;
    private String password;
    private String repeatedPassword;
    private boolean done;

    public ObserverKind[] getKinds() {
        return ObserverKind.values();
    }

    public void submit() {
        if (password == null || !password.equals(repeatedPassword)) {
            messages.error("request:repeated", "account.password.error.mismatch");
            return;
        }
        if (!limits.allowFormNow()) {
            messages.error(null, "error.tooManyRequests");
            return;
        }
        try {
            admission.request(new ObserverAdmission.Form(organisation, kind, motivation, delegateName, email, username,
                    password, language.get()));
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        done = true;
        messages.info("registry.observerRequest.sent");
    }

    public boolean isDone() {
        return done;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public ObserverKind getKind() {
        return kind;
    }

    public void setKind(ObserverKind kind) {
        this.kind = kind;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getDelegateName() {
        return delegateName;
    }

    public void setDelegateName(String delegateName) {
        this.delegateName = delegateName;
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
}
