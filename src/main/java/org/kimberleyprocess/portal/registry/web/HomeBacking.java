package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.registry.application.ChairView;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.application.SchemeCounts;
import org.kimberleyprocess.portal.registry.domain.ChairOffice;

/** The home page (index.xhtml): the Scheme in brief, its Chair and Vice-Chair today, and its numbers. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    private SchemeCounts counts;
    private ChairView chair;
    private ChairView viceChair;
    private boolean loaded;

    private void load() {
        if (!loaded) {
            counts = registry.counts();
            chair = registry.officeHolder(ChairOffice.CHAIR, language.get()).orElse(null);
            viceChair = registry.officeHolder(ChairOffice.VICE_CHAIR, language.get()).orElse(null);
            loaded = true;
        }
    }

    public SchemeCounts getCounts() {
        load();
        return counts;
    }

    public ChairView getChair() {
        load();
        return chair;
    }

    public ChairView getViceChair() {
        load();
        return viceChair;
    }

    public int getYear() {
        return registry.today().getYear();
    }
}
