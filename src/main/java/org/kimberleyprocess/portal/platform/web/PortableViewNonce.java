package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps a view's Content-Security-Policy nonce where any server of the portal can read it back. PrimeFaces keeps
 * the nonce in the view's map, which the Faces implementation stores in the session under a key class of a package
 * the server does not show to applications: a session holding it could not be taken over by another server (its
 * attributes would not load). So the nonce travels in the view's own state instead (an attribute of the view root)
 * and is in the view's map only while a request works on the view: put back after the view is restored (so that
 * PrimeFaces still refuses a post whose nonce differs), taken out once the response is rendered or otherwise
 * complete (a redirect after a post, a download).
 */
public class PortableViewNonce implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** Where PrimeFaces keeps the nonce in the view's map. */
    static final String PRIMEFACES_KEY = "primefaces.nonce";
    static final String ATTRIBUTE = "kpcs.cspNonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            FacesContext context = event.getFacesContext();
            UIViewRoot view = context.getViewRoot();
            if (view != null && !view.isTransient()) {
                // made now (or read back), before the view's state is saved with the attribute
                view.getAttributes().put(ATTRIBUTE, PrimeFacesContext.getCspState(context).getNonce());
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view == null) {
            return;
        }
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback()) {
            Object kept = view.getAttributes().get(ATTRIBUTE);
            Map<String, Object> map = view.getViewMap(kept != null);
            if (kept != null && !map.containsKey(PRIMEFACES_KEY)) {
                map.put(PRIMEFACES_KEY, kept);
            }
        }
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE || context.getResponseComplete()) {
            // rendered, or answered without rendering (a redirect after a post, a download)
            Map<String, Object> map = view.getViewMap(false);
            if (map != null) {
                map.remove(PRIMEFACES_KEY);
            }
        }
    }
}
