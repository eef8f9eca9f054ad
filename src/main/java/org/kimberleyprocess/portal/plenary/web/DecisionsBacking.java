package org.kimberleyprocess.portal.plenary.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.plenary.application.DecisionService;
import org.kimberleyprocess.portal.plenary.application.DecisionSummary;
import org.kimberleyprocess.portal.plenary.application.NewDecision;
import org.kimberleyprocess.portal.plenary.domain.Decision;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;
import org.kimberleyprocess.portal.plenary.domain.DecisionText;

/**
 * The Plenary's decisions (decisions.xhtml): adopted ones for the public, every one with its status for the Scheme's
 * accounts; the Chair and the Secretariat draft new ones here.
 */
@Named
@RequestScoped
public class DecisionsBacking {

    @Inject
    private DecisionService decisions;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private DecisionEffectForm effect;

    private List<DecisionSummary> all;

    private String reference;
    private DecisionCategory kind = DecisionCategory.ADMINISTRATIVE_DECISION;
    private String title;
    private String text;

    @PostConstruct
    void load() {
        all = decisions.list(language.get());
    }

    public String draft() {
        long[] id = new long[1];
        String outcome = messages.perform(() -> id[0] = decisions.draft(new NewDecision(reference, kind, title, text,
                effect.getEffectIso(), effect.getEffectStatus(), DecisionEffectForm.number(effect.getViceChairYear()),
                DecisionEffectForm.number(effect.getQuestionnaireVersion()),
                DecisionEffectForm.number(effect.getQuestionnaireFirstYear()))), "plenary.decision.drafted", "");
        return outcome == null ? null : "/plenary/decision?faces-redirect=true&id=" + id[0];
    }

    public List<DecisionSummary> getAll() {
        return all;
    }

    public DecisionCategory[] getKinds() {
        return DecisionCategory.values();
    }

    /** The name of the language a draft is written in (the text agreed), in that language. */
    public String getEnglish() {
        return org.kimberleyprocess.portal.platform.i18n.Language.EN.nativeName();
    }

    public int getReferenceLength() {
        return Decision.REFERENCE_LENGTH;
    }

    public int getTitleLength() {
        return DecisionText.TITLE_LENGTH;
    }

    public int getTextLength() {
        return DecisionText.BODY_LENGTH;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public DecisionCategory getKind() {
        return kind;
    }

    public void setKind(DecisionCategory kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
