package org.kimberleyprocess.portal.platform.i18n;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.config.PortalConfig;

/**
 * Decides the language of each request: a {@code ?lang=} choice (remembered in the session, a cookie and,
 * for a logged-in user, the account), else the session's, else the cookie's, else the browser's
 * Accept-Language, else English.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "kpcs_lang";
    public static final String SESSION_ATTRIBUTE = "kpcs.language";
    public static final String REQUEST_ATTRIBUTE = "kpcs.language";
    /** Set when the language of the session was chosen by the person (not guessed from the browser). */
    public static final String EXPLICIT_ATTRIBUTE = "kpcs.language.chosen";
    /** Set while a logged-in person's choice is not yet the account's preference (saved on the next post). */
    static final String UNSAVED_ATTRIBUTE = "kpcs.language.unsaved";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    private Event<LanguageChosen> chosen;

    @Inject
    private PortalConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Reading a parameter fixes the body's charset: make sure it is UTF-8 before (web.xml says so too).
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        Optional<Language> chosen = Language.fromCode(requested(request));
        Language language;
        if (chosen.isPresent()) {
            language = chosen.get();
            remember(request, response, language);
        } else {
            language = fromSession(request)
                    .or(() -> fromCookie(request))
                    .orElseGet(() -> Language.bestFor(request.getHeader("Accept-Language")));
        }
        request.setAttribute(REQUEST_ATTRIBUTE, language);
        saveChoiceOnPost(request);
        if (request.getDispatcherType() == DispatcherType.REQUEST && !response.isCommitted()) {
            response.setLocale(language.locale());
        }
        chain.doFilter(request, response);
    }

    private void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
        // A public page read without a session stays without one (the cookie remembers the choice).
        if (request.getSession(false) != null || request.getUserPrincipal() != null) {
            useInSession(request, language);
        } else {
            request.setAttribute(REQUEST_ATTRIBUTE, language);
        }
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(config.isSecureCookies());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        if (request.getUserPrincipal() != null) {
            request.getSession().setAttribute(UNSAVED_ATTRIBUTE, Boolean.TRUE);
        }
    }

    /**
     * A GET never changes stored data: a language chosen by a link is kept in the session and the cookie, and
     * becomes the logged-in account's preference with the person's next post.
     */
    private void saveChoiceOnPost(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST
                || request.getUserPrincipal() == null) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(UNSAVED_ATTRIBUTE) != null) {
            session.removeAttribute(UNSAVED_ATTRIBUTE);
            fromSession(request).map(LanguageChosen::new).ifPresent(chosen::fire);
        }
    }

    private static Optional<Language> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((Language) session.getAttribute(SESSION_ATTRIBUTE));
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                        .flatMap(c -> Language.fromCode(c.getValue()));
    }

    /** Makes a language the session's, as the person's own choice. */
    public static void useInSession(HttpServletRequest request, Language language) {
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_ATTRIBUTE, language);
        session.setAttribute(EXPLICIT_ATTRIBUTE, Boolean.TRUE);
        request.setAttribute(REQUEST_ATTRIBUTE, language);
    }

    /**
     * The language of a request for code outside Faces (filters, error handlers): the person's choice, else what
     * this filter decided for the request, else English.
     */
    public static Language of(HttpServletRequest request) {
        return chosenInSession(request).orElseGet(() ->
                request.getAttribute(REQUEST_ATTRIBUTE) instanceof Language l ? l : Language.DEFAULT);
    }

    /**
     * The language the person chose, if they chose one: in this session, or else by the language cookie (which is
     * set only by a choice).
     */
    public static Optional<Language> chosenInSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(EXPLICIT_ATTRIBUTE))) {
            return fromSession(request);
        }
        return request.getAttribute(REQUEST_ATTRIBUTE) instanceof Language chosen
                && requested(request) != null ? Optional.of(chosen) : fromCookie(request);
    }

    /**
     * The language asked for in the address. A multipart body is left unread here: reading its parameters would
     * consume the parts before the application (an API upload) reads them.
     */
    static String requested(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return request.getParameter(PARAMETER);
        }
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return java.net.URLDecoder.decode(pair.substring(PARAMETER.length() + 1),
                        StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
