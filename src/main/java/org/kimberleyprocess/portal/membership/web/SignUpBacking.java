package org.kimberleyprocess.portal.membership.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.accounts.web.AccountRequestForm;
import org.kimberleyprocess.portal.accounts.web.AnonymousRequests;
import org.kimberleyprocess.portal.membership.application.SignUpService;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.application.StateName;

/** The public sign-up of an applicant state's representative (signup.xhtml). */
@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    private SignUpService signUps;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private AnonymousRequests requests;

    @Inject
    private PageMessages messages;

    private final AccountRequestForm account = new AccountRequestForm();
    private String isoCode;
    private boolean done;
    private List<StateName> states;

    /** The states offered, read once per request. */
    @PostConstruct
    void load() {
        states = registry.statesThatMayApply(language.get());
    }

    public List<StateName> getStates() {
        return states;
    }

    public void signUp() {
        done = requests.send(account, "signup:repeated", () -> signUps.signUp(new SignUpService.Form(
                account.getDisplayName(), account.getEmail(), account.getUsername(), account.getPassword(), isoCode,
                language.get())));
        if (done) {
            messages.info("membership.signup.sent", account.getEmail());
        }
    }

    public boolean isDone() {
        return done;
    }

    public AccountRequestForm getAccount() {
        return account;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public void setIsoCode(String isoCode) {
        this.isoCode = isoCode;
    }
}
