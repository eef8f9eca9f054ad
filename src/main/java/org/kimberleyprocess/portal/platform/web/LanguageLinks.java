package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.LanguageFilter;

/** The links of the language switcher: the same page, with its parameters, in another language. */
@Named
@RequestScoped
public class LanguageLinks {

    @Inject
    private HttpServletRequest request;

    public String to(Language language) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = forwarded instanceof String uri ? uri : request.getRequestURI();
        String query = request.getParameterMap().entrySet().stream()
                .filter(e -> isKeptParameter(e.getKey()))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return path + "?" + (query.isEmpty() ? "" : query + "&") + LanguageFilter.PARAMETER + "=" + language.code();
    }

    /** Form fields and Faces' own parameters of a post-back are not carried into a link. */
    private boolean isKeptParameter(String name) {
        return "GET".equals(request.getMethod()) && !LanguageFilter.PARAMETER.equals(name)
                && !name.startsWith("jakarta.faces.") && !name.contains(":");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
