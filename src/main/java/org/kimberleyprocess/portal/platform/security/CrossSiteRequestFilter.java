package org.kimberleyprocess.portal.platform.security;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.kimberleyprocess.portal.platform.api.ErrorBody;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.LanguageFilter;
import org.kimberleyprocess.portal.platform.i18n.Messages;

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
            Language language = LanguageFilter.of(request);
            ErrorBody body = new ErrorBody(403, "api.error.crossSite", Messages.text(language, "api.error.crossSite"));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            try (Jsonb jsonb = JsonbBuilder.create()) {
                response.getWriter().write(jsonb.toJson(body));
            } catch (Exception e) {
                throw new IOException(e);
            }
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
