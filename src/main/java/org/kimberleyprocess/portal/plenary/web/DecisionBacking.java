package org.kimberleyprocess.portal.plenary.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;
import org.kimberleyprocess.portal.plenary.application.DecisionService;
import org.kimberleyprocess.portal.plenary.application.DecisionView;
import org.kimberleyprocess.portal.plenary.application.MeetingService;
import org.kimberleyprocess.portal.plenary.application.MeetingSummary;
import org.kimberleyprocess.portal.plenary.application.TextEdit;
import org.kimberleyprocess.portal.plenary.application.TextView;
import org.kimberleyprocess.portal.plenary.domain.DecisionObjection;
import org.kimberleyprocess.portal.plenary.domain.DecisionText;

/**
 * One decision (decision.xhtml): its texts in the five languages and which are missing, its way to adoption, and the
 * forms of that way as the person may use them: the texts, circulation for written procedure, an objection,
 * agreement at a meeting, adoption.
 */
@Named
@RequestScoped
public class DecisionBacking {

    @Inject
    private DecisionService decisions;

    @Inject
    private MeetingService meetings;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private PlenaryCan can;

    @Inject
    private DecisionEffectForm effect;

    private DecisionView decision;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    /** Per language, the fingerprint of the title and text the texts form was shown with. */
    private final Map<String, String> seen = new HashMap<>();
    private LocalDate deadline;
    private String reason;
    private Long meeting;

    /**
     * The decision and what its forms show, read on every request, a form's post included: a form that another
     * form's refusal shows again holds what is stored, never blanks (the posted form's own fields then take what the
     * person typed).
     */
    @PostConstruct
    void read() {
        if (getDecision() == null) {
            return;
        }
        effect.fill(decision);
        for (TextView t : decision.texts()) {
            titles.put(t.language().code(), t.title());
            bodies.put(t.language().code(), t.body());
            seen.put(t.language().code(), TextEdit.fingerprint(t.title(), t.body()));
        }
    }

    /** The view action: 404 or 403 for a decision the person may not read. */
    public void load() throws IOException {
        boolean postback = FacesContext.getCurrentInstance().isPostback();
        if (postback && Pages.intParameter("id").isEmpty()) {
            // a form of the template (logging out, say) posts without the decision: it needs none
            return;
        }
        if (decision == null) {
            decision = decisions.decision(Pages.intParameter("id").orElse(0), language.get());
        }
    }

    /** Sends each language's title and text with the fingerprint of what was shown: only changes are written. */
    public String saveTexts() {
        List<TextEdit> texts = getEditableLanguages().stream()
                .map(l -> new TextEdit(l, seen.getOrDefault(l.code(), ""), titles.getOrDefault(l.code(), ""),
                        bodies.getOrDefault(l.code(), "")))
                .toList();
        return messages.perform(() -> decisions.writeTexts(decision.id(), texts), "plenary.decision.textsSaved",
                self());
    }

    public String circulate() {
        return messages.perform(() -> decisions.circulate(decision.id(), deadline), "plenary.decision.circulated",
                self());
    }

    public String object() {
        return messages.perform(() -> decisions.object(decision.id(), reason), "plenary.decision.objected", self());
    }

    public String agree() {
        return messages.perform(() -> decisions.agreeAt(decision.id(), meeting == null ? 0 : meeting),
                "plenary.decision.agreed", self());
    }

    public String adopt() {
        return messages.perform(() -> decisions.adopt(decision.id()), "plenary.decision.adoptedDone", self());
    }

    public String changeEffect() {
        return messages.perform(() -> decisions.changeEffect(decision.id(), effect.getEffectIso(),
                effect.getEffectStatus(), DecisionEffectForm.number(effect.getViceChairYear()),
                DecisionEffectForm.number(effect.getQuestionnaireVersion()),
                DecisionEffectForm.number(effect.getQuestionnaireFirstYear())), "plenary.decision.effectChanged", self());
    }

    public String backToDraft() {
        return messages.perform(() -> decisions.backToDraft(decision.id()), "plenary.decision.backToDraftDone", self());
    }

    private String self() {
        return "/plenary/decision?faces-redirect=true&id=" + decision.id();
    }

    /** Whether the texts can still be written (not adopted) by this person. */
    public boolean isTextsOpen() {
        DecisionView d = getDecision();
        return d != null && !d.adopted() && can.draftDecisions();
    }

    /** The languages whose fields the texts form shows (the agreed English text is shown, not edited). */
    public List<Language> getEditableLanguages() {
        DecisionView d = getDecision();
        return Arrays.stream(Language.values()).filter(l -> !(l == Language.EN && d != null && d.englishFixed()))
                .toList();
    }

    /** The meetings a draft can be agreed at (only for those who record agreements). */
    public List<MeetingSummary> getMeetings() {
        return can.recordAgreement() ? meetings.all() : List.of();
    }

    /**
     * The decision of the request's {@code id}, read at its first use: a form's fields may need it before the view
     * action runs (and a refused form is shown again without it running).
     */
    public DecisionView getDecision() {
        if (decision == null) {
            Pages.intParameter("id").ifPresent(id -> {
                try {
                    decision = decisions.decision(id, language.get());
                } catch (NotFoundException | AccessDeniedException | EJBAccessException e) {
                    // the view action answers 404 or 403
                }
            });
        }
        return decision;
    }

    public Map<String, String> getTitles() {
        return titles;
    }

    public Map<String, String> getBodies() {
        return bodies;
    }

    public Map<String, String> getSeen() {
        return seen;
    }

    public int getTitleLength() {
        return DecisionText.TITLE_LENGTH;
    }

    public int getTextLength() {
        return DecisionText.BODY_LENGTH;
    }

    public int getReasonLength() {
        return DecisionObjection.REASON_LENGTH;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getMeeting() {
        return meeting;
    }

    public void setMeeting(Long meeting) {
        this.meeting = meeting;
    }
}
