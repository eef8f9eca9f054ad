package org.kimberleyprocess.portal.membership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.membership.application.MembershipFiles;
import org.kimberleyprocess.portal.membership.application.PendingApplication;

/** The queue of applications in the procedure (committee/applications.xhtml). */
@Named
@RequestScoped
public class ApplicationsQueueBacking {

    @Inject
    private MembershipFiles files;

    private List<PendingApplication> pending;

    public List<PendingApplication> getPending() {
        if (pending == null) {
            pending = files.pending();
        }
        return pending;
    }
}
