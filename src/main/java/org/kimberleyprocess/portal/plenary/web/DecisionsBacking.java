package org.kimberleyprocess.portal.plenary.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.plenary.application.DecisionService;
import org.kimberleyprocess.portal.plenary.application.DecisionSummary;
import org.kimberleyprocess.portal.plenary.application.NewDecision;
import org.kimberleyprocess.portal.plenary.domain.Decision;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;
import org.kimberleyprocess.portal.plenary.domain.DecisionText;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

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
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private PlenaryCan can;

    private List<DecisionSummary> all;
    private List<ParticipantRow> states = List.of();

    private String reference;
    private DecisionCategory kind = DecisionCategory.ADMINISTRATIVE_DECISION;
    private String title;
    private String text;
    private String effectIso;
    private ParticipationStatus effectStatus;
    private String viceChairYear;
    private String questionnaireVersion;
    private String questionnaireFirstYear;

    @PostConstruct
    void load() {
        all = decisions.list(language.get());
        if (can.draftDecisions()) {
            states = registry.participants(new ParticipantQuery(language.get(),
                    EnumSet.of(ParticipationStatus.PARTICIPANT, ParticipationStatus.SUSPENDED), null,
                    ParticipantSort.NAME, true, 0, ParticipantQuery.MAX_PAGE));
        }
    }

    public String draft() {
        long[] id = new long[1];
        String outcome = messages.perform(() -> id[0] = decisions.draft(new NewDecision(reference, kind, title, text,
                effectIso, effectStatus, number(viceChairYear), number(questionnaireVersion),
                number(questionnaireFirstYear))), "plenary.decision.drafted", "");
        return outcome == null ? null : "/decision?faces-redirect=true&id=" + id[0];
    }

    /** A whole number typed in a field; a blank field is none, anything else not a number is refused as incomplete. */
    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("[0-9]{1,4}")) {
            throw new org.kimberleyprocess.portal.platform.errors.BusinessException(
                    "plenary.decision.error.effectIncomplete");
        }
        return Integer.valueOf(typed.strip());
    }

    public List<DecisionSummary> getAll() {
        return all;
    }

    public DecisionCategory[] getKinds() {
        return DecisionCategory.values();
    }

    /** The statuses a decision can give a Participant. */
    public List<ParticipationStatus> getEffects() {
        return List.of(ParticipationStatus.SUSPENDED, ParticipationStatus.REMOVED, ParticipationStatus.PARTICIPANT);
    }

    public List<ParticipantRow> getStates() {
        return states;
    }

    /** The name of the language a draft is written in (the text agreed), in that language. */
    public String getEnglish() {
        return org.kimberleyprocess.portal.platform.i18n.Language.EN.nativeName();
    }

    /** A year or a version number: four digits at most. */
    public int getYearLength() {
        return 4;
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

    public String getEffectIso() {
        return effectIso;
    }

    public void setEffectIso(String effectIso) {
        this.effectIso = effectIso;
    }

    public String getViceChairYear() {
        return viceChairYear;
    }

    public void setViceChairYear(String viceChairYear) {
        this.viceChairYear = viceChairYear;
    }

    public String getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public void setQuestionnaireVersion(String questionnaireVersion) {
        this.questionnaireVersion = questionnaireVersion;
    }

    public String getQuestionnaireFirstYear() {
        return questionnaireFirstYear;
    }

    public void setQuestionnaireFirstYear(String questionnaireFirstYear) {
        this.questionnaireFirstYear = questionnaireFirstYear;
    }

    public ParticipationStatus getEffectStatus() {
        return effectStatus;
    }

    public void setEffectStatus(ParticipationStatus effectStatus) {
        this.effectStatus = effectStatus;
    }
}
