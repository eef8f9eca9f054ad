package org.kimberleyprocess.portal.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The language of the current request, for pages (#{currentLanguage.locale}) and services. */
@Named
@RequestScoped
public class CurrentLanguage {

    @Inject
    private HttpServletRequest request;

    public Language get() {
        Object value = request.getAttribute(LanguageFilter.REQUEST_ATTRIBUTE);
        return value instanceof Language language ? language : Language.DEFAULT;
    }

    public Locale getLocale() {
        return get().locale();
    }

    public String getCode() {
        return get().code();
    }

    public List<Language> getAll() {
        return List.of(Language.values());
    }
}
