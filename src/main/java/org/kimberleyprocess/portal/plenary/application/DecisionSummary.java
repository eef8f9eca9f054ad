package org.kimberleyprocess.portal.plenary.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;
import org.kimberleyprocess.portal.plenary.domain.DecisionStatus;

/** A decision in a list: its reference, kind, status today, title in the reader's language, dates. */
public record DecisionSummary(long id, String reference, DecisionCategory kind, DecisionStatus status, String title,
                              LocalDate agreedOn, LocalDate deadline, LocalDate adoptedOn, List<Language> missing) {

    /** The date that says where the decision stands: adopted on, agreed on, or the written procedure's deadline. */
    public LocalDate date() {
        if (adoptedOn != null) {
            return adoptedOn;
        }
        if (agreedOn != null && status != DecisionStatus.DRAFT) {
            return agreedOn;
        }
        return status == DecisionStatus.WRITTEN_PROCEDURE ? deadline : null;
    }
}
