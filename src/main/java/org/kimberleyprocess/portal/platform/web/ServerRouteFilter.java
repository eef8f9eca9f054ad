package org.kimberleyprocess.portal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kimberleyprocess.portal.platform.config.PortalConfig;

/**
 * With several servers, the proxy sends a person's requests to the server that holds their session now: each
 * server names itself in the cookie {@value #COOKIE} whenever it answers a request that has a session and the cookie
 * names another server (or none), so after a failover, and after a second one, the next request goes where the
 * session is, never back to a server that has lost it. (Liberty's own clone ids in the session cookie keep the
 * first server a session knew, and send it back there when that server returns.) One server alone sets nothing.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ServerRouteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The cookie the proxy routes on (docs/operations.md, "Several servers"). */
    public static final String COOKIE = "KPCS_ROUTE";
    /** Enough to hold a whole page, so that a session made while answering can still be named in the headers. */
    private static final int PAGE_BUFFER = 320 * 1024;

    @Inject
    private PortalConfig config;

    @Inject
    @ConfigProperty(name = "kpcs.server.name")
    private Optional<String> serverName;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = serverName.orElse("");
        if (!config.isCluster() || name.isBlank() || name.equals(routedTo(request))) {
            chain.doFilter(request, response);
            return;
        }
        boolean named = false;
        if (request.getSession(false) != null) {
            name(request, response, name);
            named = true;
        } else {
            response.setBufferSize(Math.max(response.getBufferSize(), PAGE_BUFFER));
        }
        chain.doFilter(request, response);
        if (!named && !response.isCommitted() && request.getSession(false) != null) {
            name(request, response, name);
        }
    }

    private static String routedTo(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private void name(HttpServletRequest request, HttpServletResponse response, String name) {
        Cookie route = new Cookie(COOKIE, name);
        route.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        route.setHttpOnly(true);
        route.setSecure(config.isSecureCookies());
        response.addCookie(route);
    }
}
