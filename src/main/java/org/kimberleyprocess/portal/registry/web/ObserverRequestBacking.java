package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.accounts.web.AccountRequestForm;
import org.kimberleyprocess.portal.accounts.web.AnonymousRequests;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ObserverAdmission;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;

/** An organisation asks to become an Observer (observer-apply.xhtml); its delegate asks for an account. */
@Named
@RequestScoped
public class ObserverRequestBacking {

    @Inject
    private ObserverAdmission admission;

    @Inject
    private CurrentLanguage language;

    @Inject
    private AnonymousRequests requests;

    @Inject
    private PageMessages messages;

    private final AccountRequestForm delegate = new AccountRequestForm();
    private String organisation;
    private ObserverKind kind;
    private String motivation;
    private boolean done;

    public ObserverKind[] getKinds() {
        return ObserverKind.values();
    }

    public void submit() {
        done = requests.send(delegate, "request:repeated", () -> admission.request(new ObserverAdmission.Form(
                organisation, kind, motivation, delegate.getDisplayName(), delegate.getEmail(), delegate.getUsername(),
                delegate.getPassword(), language.get())));
        if (done) {
            messages.info("registry.observerRequest.sent");
        }
    }

    public boolean isDone() {
        return done;
    }

    public AccountRequestForm getDelegate() {
        return delegate;
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
}
