package org.kimberleyprocess.portal.plenary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.platform.decisions.AdoptedDecisions.DecisionChoice;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.plenary.application.DecisionService;

/**
 * The adopted decisions that a page recording one of them offers (a Participant's status, the Vice-Chair, an
 * admission, a questionnaire's adoption): {@code #{decisionChoices.all}}.
 */
@Named
@RequestScoped
public class DecisionChoices {

    @Inject
    private DecisionService decisions;

    @Inject
    private CurrentLanguage language;

    private List<DecisionChoice> all;

    public List<DecisionChoice> getAll() {
        if (all == null) {
            all = decisions.choices(language.get());
        }
        return all;
    }
}
