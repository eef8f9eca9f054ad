package org.kimberleyprocess.portal.platform.decisions;

import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * The Plenary's adopted decisions, as the pages that record one of them directly (a Participant's status, the
 * Vice-Chair, an admission, a questionnaire's adoption) see them: those pages name an adopted decision, so the
 * registry and the decisions always agree. The plenary capability keeps the decisions.
 */
public interface AdoptedDecisions {

    /** Whether the decision with this reference exists and is adopted. */
    boolean adopted(String reference);

    /** The adopted decisions to choose from, the latest first, titled in a language. */
    List<DecisionChoice> choices(Language language);

    /** Refuses a reference that names no adopted decision. */
    default void require(String reference) {
        if (reference == null || reference.isBlank() || !adopted(reference.strip())) {
            throw new BusinessException("plenary.decision.error.notAdopted", reference == null ? "" : reference.strip());
        }
    }

    /** An adopted decision in a choice list: its reference and title. */
    record DecisionChoice(String reference, String title) {
    }
}
