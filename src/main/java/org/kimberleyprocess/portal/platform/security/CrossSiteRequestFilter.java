package org.kimberleyprocess.portal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.kimberleyprocess.portal.platform.config.PortalConfig;

/**
 * No state-changing API call from another site: a request that the browser marks as cross-site
 * ({@code Sec-Fetch-Site}), or whose {@code Origin} is neither the portal's own address nor its public URL, is
 * refused with 403 before it reaches the API. Scripts that send no such header (they are not a browser carrying
 * someone's login cookie) are unaffected; reading (GET, HEAD, OPTIONS) is unaffected. Pages are protected by
 * their view state and by the SameSite login cookie.
 */
@WebFilter("/api/*")
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final Set<String> SAME_SITE = Set.of("same-origin", "none");

    @Inject
    private PortalConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && crossSite(request)) {
            JsonRefusal.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.error.crossSite");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !SAME_SITE.contains(site)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equals(ownOrigin(request)) && !origin.equals(config.getPublicUrl());
    }

    static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
