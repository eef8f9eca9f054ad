package org.kimberleyprocess.portal.membership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.membership.application.RegistrationView;
import org.kimberleyprocess.portal.membership.application.SignUpService;
import org.kimberleyprocess.portal.platform.web.PageMessages;

/** The Secretariat's queue of sign-ups to confirm (secretariat/registrations.xhtml). */
@Named
@RequestScoped
public class RegistrationsBacking {

    @Inject
    private SignUpService signUps;

    @Inject
    private PageMessages messages;

    private List<RegistrationView> awaiting;

    public List<RegistrationView> getAwaiting() {
        if (awaiting == null) {
            awaiting = signUps.awaitingConfirmation();
        }
        return awaiting;
    }

    public String confirm(Long id) {
        return decide(() -> signUps.confirm(id), "membership.signup.confirmed");
    }

    public String refuse(Long id) {
        return decide(() -> signUps.refuse(id), "membership.signup.refused");
    }

    private String decide(Runnable action, String doneKey) {
        return messages.perform(action, doneKey, "/membership/registrations?faces-redirect=true");
    }
}
