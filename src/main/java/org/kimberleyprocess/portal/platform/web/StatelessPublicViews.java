package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * Public pages that show a visitor no form are rendered as stateless (transient) views: reading them creates no
 * HTTP session, so a crawler does not fill the server's memory. The view is marked right after Restore View of a
 * GET, before the Faces implementation decides to keep state (it would otherwise open a session for every view)
 * and before PrimeFaces keeps the page's script nonce in the view (it does not for a transient view). Their
 * backing beans are of one request. A logged-in person's views stay stateful: their forms post back.
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Pages whose forms are only for logged-in roles (lists page, sort and filter by their address). */
    static final Set<String> VIEWS = Set.of("/index.xhtml", "/registry/observers.xhtml", "/registry/chairs.xhtml",
            "/plenary/committees.xhtml", "/registry/participant.xhtml", "/plenary/meetings.xhtml", "/plenary/meeting.xhtml", "/plenary/decisions.xhtml",
            "/plenary/decision.xhtml", "/review/visits.xhtml", "/review/visit.xhtml", "/plenary/documents.xhtml",
            "/registry/participants.xhtml", "/registry/applicants.xhtml", "/statistics/figures.xhtml", "/statistics/figures-year.xhtml");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (view != null && !faces.isPostback() && faces.getExternalContext().getUserPrincipal() == null
                && VIEWS.contains(view.getViewId())) {
            view.setTransient(true);
        }
    }
}
