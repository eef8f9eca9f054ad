package org.kimberleyprocess.portal.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.ListPage;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * The public lists of states, Participants (participants.xhtml) and applicants (applicants.xhtml): one page of
 * rows, sorted and filtered by name in the database, as the address asks ({@link ListPage}); nothing is kept between
 * requests, so reading them opens no session.
 */
@Named
@RequestScoped
public class StateListBacking {

    private static final Map<String, ParticipantSort> SORTS = Map.of("name", ParticipantSort.NAME, "isoCode",
            ParticipantSort.ISO_CODE, "kind", ParticipantSort.KIND, "status", ParticipantSort.STATUS, "since",
            ParticipantSort.SINCE);

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    private ListPage list;
    private List<ParticipantRow> rows;

    @PostConstruct
    void read() {
        boolean applicants = "/registry/applicants.xhtml".equals(FacesContext.getCurrentInstance().getViewRoot().getViewId());
        Set<ParticipationStatus> statuses = applicants ? EnumSet.of(ParticipationStatus.APPLICANT)
                : EnumSet.of(ParticipationStatus.PARTICIPANT, ParticipationStatus.SUSPENDED);
        ListPage asked = ListPage.of(List.of("name", "isoCode", "kind", "status", "since"), 25);
        list = asked.total(registry.countParticipants(query(asked, statuses)));
        rows = registry.participants(query(list, statuses));
    }

    private ParticipantQuery query(ListPage page, Set<ParticipationStatus> statuses) {
        return new ParticipantQuery(language.get(), statuses, page.getFilter(), SORTS.get(page.getSort()),
                page.isAscending(), page.first(), page.getSize());
    }

    public ListPage getList() {
        return list;
    }

    public List<ParticipantRow> getRows() {
        return rows;
    }
}
