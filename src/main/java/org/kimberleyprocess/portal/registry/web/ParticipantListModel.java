package org.kimberleyprocess.portal.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A lazy table of states: each page, sort and name filter is one database query. */
public class ParticipantListModel extends LazyDataModel<ParticipantRow> {

    private static final long serialVersionUID = 1L;

    private final RegistryService registry;
    private final Language language;
    private final Set<ParticipationStatus> statuses;

    public ParticipantListModel(RegistryService registry, Language language, Set<ParticipationStatus> statuses) {
        this.registry = registry;
        this.language = language;
        this.statuses = Set.copyOf(statuses);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) registry.countParticipants(query(filterBy, Map.of(), 0, 1));
    }

    @Override
    public List<ParticipantRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        return registry.participants(query(filterBy, sortBy, first, pageSize));
    }

    private ParticipantQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first,
                                   int size) {
        FilterMeta nameFilter = filterBy.get("name");
        String filter = nameFilter == null || nameFilter.getFilterValue() == null
                ? null : nameFilter.getFilterValue().toString();
        ParticipantSort sort = ParticipantSort.NAME;
        boolean ascending = true;
        if (!sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = switch (meta.getField().toLowerCase(Locale.ROOT)) {
                case "isocode" -> ParticipantSort.ISO_CODE;
                case "kind" -> ParticipantSort.KIND;
                case "status" -> ParticipantSort.STATUS;
                case "since" -> ParticipantSort.SINCE;
                default -> ParticipantSort.NAME;
            };
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        return new ParticipantQuery(language, statuses, filter, sort, ascending, first, size);
    }

    @Override
    public String getRowKey(ParticipantRow row) {
        return row.isoCode();
    }
}
