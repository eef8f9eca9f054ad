package org.kimberleyprocess.portal.registry.application;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * What a reader asks of a list: which statuses, a name filter (accents and case ignored), the order and
 * the page.
 */
public record ParticipantQuery(Language language, Set<ParticipationStatus> statuses, String nameFilter,
                               ParticipantSort sort, boolean ascending, int first, int pageSize) {

    public static final int MAX_PAGE = 200;

    public ParticipantQuery {
        Objects.requireNonNull(language, "language is required");
        statuses = statuses == null || statuses.isEmpty()
                ? EnumSet.allOf(ParticipationStatus.class) : EnumSet.copyOf(statuses);
        sort = sort == null ? ParticipantSort.NAME : sort;
        first = Math.max(0, first);
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE));
        nameFilter = nameFilter == null || nameFilter.isBlank() ? null : nameFilter.strip();
    }
}
