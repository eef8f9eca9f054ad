package org.kimberleyprocess.portal.plenary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.kimberleyprocess.portal.platform.decisions.AdoptedDecisions;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.plenary.domain.DecisionStatus;
import org.kimberleyprocess.portal.plenary.domain.Decisions;

/** {@link AdoptedDecisions} from the Plenary's decisions (in the caller's transaction). */
@ApplicationScoped
public class PlenaryAdoptedDecisions implements AdoptedDecisions {

    @Inject
    private Decisions decisions;

    @Override
    public boolean adopted(String reference) {
        return decisions.byReference(reference).map(d -> d.getStatus() == DecisionStatus.ADOPTED).orElse(false);
    }

    @Override
    public List<DecisionChoice> choices(Language language) {
        return decisions.adopted(null).stream()
                .map(d -> new DecisionChoice(d.getReference(), d.titleIn(language))).toList();
    }
}
