package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.registry.application.ParticipantDetail;
import org.kimberleyprocess.portal.registry.application.RegistryService;

/** One state's public record (participant.xhtml?iso=XX): status, history, REIO members. */
@Named
@RequestScoped
public class ParticipantBacking {

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    private String iso;
    private ParticipantDetail detail;

    /** Loads the record named by the view parameter; an unknown code is a 404 page. */
    public void load() throws IOException {
        String code = iso == null ? "" : iso.strip().toUpperCase(Locale.ROOT);
        try {
            detail = registry.participant(code, language.get());
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.responseComplete();
            faces.getExternalContext().responseSendError(404, null);
        }
    }

    public ParticipantDetail getDetail() {
        return detail;
    }

    public String getIso() {
        return iso;
    }

    public void setIso(String iso) {
        this.iso = iso;
    }
}
