package org.kimberleyprocess.portal.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.LanguageFilter;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.platform.security.JsonRefusal;
import org.kimberleyprocess.portal.platform.web.KeptMessages;

/**
 * Roles and bindings take effect on the next request of every open session. At login the session keeps what the
 * account's access depended on ({@link AccountService#accessFingerprint}); every later request compares it with
 * the stored account. When a role, a binding, the account's state or the registry status of its Participant has
 * changed (or the session is gone while the login cookie is not), the login ends: a page goes to the login page
 * with a message, an API call gets 401. The new login reads the roles afresh and gets a new session.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class AccessFreshnessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String SESSION_ATTRIBUTE = "kpcs.access";

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || isStaticResource(request)
                || request.getAttribute(PortalAuthentication.STATELESS) != null) {
            // a token (or Basic on the token endpoint) is checked against the account as it is now, on each request
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        Optional<String> current = accounts.accessFingerprint(request.getUserPrincipal().getName());
        if (kept != null && current.isPresent() && kept.equals(current.get())) {
            chain.doFilter(request, response);
            return;
        }
        Language language = LanguageFilter.of(request);
        request.logout();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEndedByLogout) {
                // the logout has ended it
            }
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JsonRefusal.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "login.accessChanged");
            return;
        }
        HttpSession fresh = request.getSession(true);
        LanguageFilter.useInSession(request, language);
        KeptMessages.keep(fresh, List.of(new FacesMessage(FacesMessage.SEVERITY_WARN,
                Messages.text(language, "login.accessChanged"), null)));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/accounts/login.xhtml");
    }

    /** Remembers, at login, what the session's access depends on. */
    public static void remember(HttpServletRequest request, String fingerprint) {
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, fingerprint);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }
}
