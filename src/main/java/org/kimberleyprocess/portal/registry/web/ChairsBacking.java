package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ChairView;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryAdministration;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.application.ViceChairSelection;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** The Chairs and Vice-Chairs by year (chairs.xhtml), and the Plenary's selection of a Vice-Chair. */
@Named
@RequestScoped
public class ChairsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryService registry;

    @Inject
    private RegistryAdministration administration;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private RegistryCan can;

    private Integer year;
    private String isoCode;
    private String decision;

    private List<ChairView> terms;
    private List<ParticipantRow> candidates = List.of();

    /** What the page shows, read once per request; the candidates only for those who record a selection. */
    @jakarta.annotation.PostConstruct
    void load() {
        terms = registry.chairTerms(language.get());
        if (can.selectViceChair()) {
            candidates = registry.participants(new ParticipantQuery(language.get(),
                    EnumSet.of(ParticipationStatus.PARTICIPANT), null, ParticipantSort.NAME, true, 0,
                    ParticipantQuery.MAX_PAGE));
        }
    }

    public List<ChairView> getTerms() {
        return terms;
    }

    /** Who can be selected: the Participants in good standing, by name. */
    public List<ParticipantRow> getCandidates() {
        return candidates;
    }

    public String select() {
        try {
            administration.selectViceChair(new ViceChairSelection(year, isoCode, decision));
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.info("registry.chairs.selected");
        messages.keepForRedirect();
        return "/registry/chairs?faces-redirect=true";
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public void setIsoCode(String isoCode) {
        this.isoCode = isoCode;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
