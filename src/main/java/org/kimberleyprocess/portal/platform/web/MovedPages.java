package org.kimberleyprocess.portal.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The pages moved into folders by capability in December 2026: an address kept from before (a bookmark, a link in a
 * mail already sent, such as a password reset) is sent on to the page's new address, with its query. A read gets
 * 301; anything else 308, so that a form sent from a page opened before the move still reaches its page.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class MovedPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Each moved page's former address and its address now. */
    static final Map<String, String> MOVED = Map.ofEntries(
            Map.entry("/login.xhtml", "/accounts/login.xhtml"),
            Map.entry("/password-forgot.xhtml", "/accounts/password-forgot.xhtml"),
            Map.entry("/password-reset.xhtml", "/accounts/password-reset.xhtml"),
            Map.entry("/account/index.xhtml", "/accounts/index.xhtml"),
            Map.entry("/account/password.xhtml", "/accounts/password.xhtml"),
            Map.entry("/account/tokens.xhtml", "/accounts/tokens.xhtml"),
            Map.entry("/secretariat/accounts.xhtml", "/accounts/accounts.xhtml"),
            Map.entry("/account/contacts.xhtml", "/registry/contacts.xhtml"),
            Map.entry("/account/state.xhtml", "/registry/state.xhtml"),
            Map.entry("/participants.xhtml", "/registry/participants.xhtml"),
            Map.entry("/participant.xhtml", "/registry/participant.xhtml"),
            Map.entry("/applicants.xhtml", "/registry/applicants.xhtml"),
            Map.entry("/observers.xhtml", "/registry/observers.xhtml"),
            Map.entry("/chairs.xhtml", "/registry/chairs.xhtml"),
            Map.entry("/secretariat/registry.xhtml", "/registry/manage.xhtml"),
            Map.entry("/decisions/observer-requests.xhtml", "/registry/observer-requests.xhtml"),
            Map.entry("/committees.xhtml", "/plenary/committees.xhtml"),
            Map.entry("/meetings.xhtml", "/plenary/meetings.xhtml"),
            Map.entry("/meeting.xhtml", "/plenary/meeting.xhtml"),
            Map.entry("/decisions.xhtml", "/plenary/decisions.xhtml"),
            Map.entry("/decision.xhtml", "/plenary/decision.xhtml"),
            Map.entry("/documents.xhtml", "/plenary/documents.xhtml"),
            Map.entry("/signup.xhtml", "/membership/signup.xhtml"),
            Map.entry("/signup-verify.xhtml", "/membership/signup-verify.xhtml"),
            Map.entry("/observer-apply.xhtml", "/membership/observer-apply.xhtml"),
            Map.entry("/committee/applications.xhtml", "/membership/applications.xhtml"),
            Map.entry("/committee/application.xhtml", "/membership/file.xhtml"),
            Map.entry("/secretariat/registrations.xhtml", "/membership/registrations.xhtml"),
            Map.entry("/figures.xhtml", "/statistics/figures.xhtml"),
            Map.entry("/figures-year.xhtml", "/statistics/figures-year.xhtml"),
            Map.entry("/peer-review.xhtml", "/review/visits.xhtml"),
            Map.entry("/review-visit.xhtml", "/review/visit.xhtml"),
            Map.entry("/secretariat/audit.xhtml", "/platform/audit.xhtml"),
            Map.entry("/secretariat/outbox.xhtml", "/platform/outbox.xhtml"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String now = MOVED.get(request.getServletPath());
        if (now == null) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", request.getContextPath() + now + (query == null ? "" : "?" + query));
    }
}
