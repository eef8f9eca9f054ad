package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ParticipantDetail;
import org.kimberleyprocess.portal.registry.application.RegistryAdministration;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.application.StatusDecision;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * One state's public record (participant.xhtml?iso=XX): status, history, REIO members; and, for the Chair and
 * the Secretariat, the form that records a change of status.
 */
@Named
@RequestScoped
public class ParticipantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private RegistryAdministration administration;

    @Inject
    private org.kimberleyprocess.portal.registry.application.ContactDirectory directory;

    @Inject
    private PageMessages messages;

    private String iso;
    private transient ParticipantDetail detail;
    private transient List<org.kimberleyprocess.portal.registry.domain.ContactEntry> contacts;
    private Boolean kpView;
    private ParticipationStatus newStatus;
    private LocalDate effectiveDate;
    private String decision;
    private String reason;

    /**
     * The state's code: the view parameter on a GET, the form's hidden field on a post (a bean of one request,
     * so that reading the page keeps no state on the server).
     */
    @jakarta.annotation.PostConstruct
    void readCode() {
        iso = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("iso");
    }

    /** Loads the record named by the view parameter; an unknown code is a 404 page. */
    public void load() throws IOException {
        String code = IsoCode.normalised(iso);
        try {
            detail = registry.participant(code, language.get());
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.responseComplete();
            faces.getExternalContext().responseSendError(404, null);
        }
    }

    public ParticipantDetail getDetail() {
        if (detail == null && iso != null) {
            detail = registry.participant(IsoCode.normalised(iso), language.get());
        }
        return detail;
    }

    /** The contacts directory as the caller may see it (KP-only fields for the Scheme's own people), read once. */
    public List<org.kimberleyprocess.portal.registry.domain.ContactEntry> getContacts() {
        if (contacts == null) {
            ParticipantDetail d = getDetail();
            contacts = d == null ? List.of() : directory.visibleContacts(d.isoCode());
        }
        return contacts;
    }

    public boolean isKpView() {
        if (kpView == null) {
            kpView = directory.hasKpAccess();
        }
        return kpView;
    }

    /** The statuses the procedures allow from the current one. */
    public List<ParticipationStatus> getNextStatuses() {
        ParticipantDetail d = getDetail();
        return d == null ? List.of() : List.copyOf(d.status().allowedNext());
    }

    public String changeStatus() {
        try {
            administration.changeStatus(getDetail().isoCode(),
                    new StatusDecision(newStatus, effectiveDate, decision, reason));
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.info("registry.status.changed");
        messages.keepForRedirect();
        return "/registry/participant?faces-redirect=true&iso=" + getDetail().isoCode();
    }

    public ParticipationStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(ParticipationStatus newStatus) {
        this.newStatus = newStatus;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getIso() {
        return iso;
    }

    public void setIso(String iso) {
        this.iso = iso;
    }
}
