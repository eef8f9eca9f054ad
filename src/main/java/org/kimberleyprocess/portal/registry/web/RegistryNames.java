package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.registry.application.RegistryService;

/** Country names in the reader's language, for any page: #{registryNames.of('GH')}. */
@Named
@RequestScoped
public class RegistryNames {

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    public String of(String isoCode) {
        return isoCode == null ? "" : registry.name(isoCode, language.get());
    }
}
