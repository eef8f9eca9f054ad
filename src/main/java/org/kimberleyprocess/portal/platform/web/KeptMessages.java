package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Messages that survive a redirect: kept in the session by {@link #keep}, shown (once) on the next page the
 * session renders. Used for Post-Redirect-Get confirmations such as "Saved."
 */
public class KeptMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String SESSION_KEY = "kpcs.keptMessages";

    /** Moves the current request's global messages into the session. */
    static void keep(FacesContext faces) {
        List<FacesMessage> kept = new ArrayList<>();
        faces.getMessages(null).forEachRemaining(kept::add);
        if (!kept.isEmpty()) {
            faces.getExternalContext().getSessionMap().put(SESSION_KEY, kept);
        }
    }

    /** Keeps messages for the next page a session renders (for code outside Faces, such as a filter). */
    public static void keep(jakarta.servlet.http.HttpSession session, List<FacesMessage> messages) {
        session.setAttribute(SESSION_KEY, new ArrayList<>(messages));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        // Looking must not create a session (public pages stay without one).
        Object request = faces.getExternalContext().getSession(false);
        if (request == null) {
            return;
        }
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        Object kept = session.remove(SESSION_KEY);
        if (kept instanceof List<?> list) {
            ((List<FacesMessage>) list).forEach(m -> faces.addMessage(null, m));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
