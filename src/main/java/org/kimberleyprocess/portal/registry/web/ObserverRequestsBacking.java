package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ObserverAdmission;
import org.kimberleyprocess.portal.registry.application.ObserverRequestView;

/** The queue of Observer requests for the Chair and the Secretariat (decisions/observer-requests.xhtml). */
@Named
@RequestScoped
public class ObserverRequestsBacking {

    @Inject
    private ObserverAdmission admission;

    @Inject
    private PageMessages messages;

    private List<ObserverRequestView> pending;

    public List<ObserverRequestView> getPending() {
        if (pending == null) {
            pending = admission.pending();
        }
        return pending;
    }

    public String approve(Long id) {
        return decide(() -> admission.approve(id), "registry.observerRequest.approved");
    }

    public String refuse(Long id) {
        return decide(() -> admission.refuse(id), "registry.observerRequest.refused");
    }

    private String decide(Runnable action, String doneKey) {
        return messages.perform(action, doneKey, "/registry/observer-requests?faces-redirect=true");
    }
}
