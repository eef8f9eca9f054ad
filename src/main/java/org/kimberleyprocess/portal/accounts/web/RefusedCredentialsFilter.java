package org.kimberleyprocess.portal.accounts.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kimberleyprocess.portal.platform.security.JsonRefusal;

/**
 * A request whose {@code Authorization} header failed (an unknown, expired or revoked token; a wrong password on
 * the token endpoint) is answered 401 with the challenge, whatever it asked for: it never goes on as anonymous.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RefusedCredentialsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(PortalAuthentication.REFUSED) != null) {
            JsonRefusal.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.credentials");
            return;
        }
        chain.doFilter(request, response);
    }
}
