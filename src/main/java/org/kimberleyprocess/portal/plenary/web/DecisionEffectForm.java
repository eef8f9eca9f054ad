package org.kimberleyprocess.portal.plenary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.plenary.application.DecisionView;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * What a draft decision does once adopted, as the decision forms post it ({@code WEB-INF/includes/decision-effect.xhtml}):
 * a Participant with its new status or the year it becomes Vice-Chair, or a questionnaire version with its first year.
 */
@Named
@RequestScoped
public class DecisionEffectForm {

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PlenaryCan can;

    private List<ParticipantRow> states;
    private String effectIso;
    private ParticipationStatus effectStatus;
    private String viceChairYear;
    private String questionnaireVersion;
    private String questionnaireFirstYear;

    /** Shows a draft's present effect in the fields. */
    void fill(DecisionView d) {
        effectIso = d.effectIso() != null ? d.effectIso() : d.viceChairIso();
        effectStatus = d.effectStatus();
        viceChairYear = d.viceChairYear() == null ? null : String.valueOf(d.viceChairYear());
        questionnaireVersion = d.questionnaireVersion() == null ? null : String.valueOf(d.questionnaireVersion());
        questionnaireFirstYear = d.questionnaireFirstYear() == null ? null : String.valueOf(d.questionnaireFirstYear());
    }

    /** A whole number typed in a field; a blank field is none, anything else not a number is refused as incomplete. */
    static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("[0-9]{1,4}")) {
            throw new BusinessException("plenary.decision.error.effectIncomplete");
        }
        return Integer.valueOf(typed.strip());
    }

    /** The Participants a decision can act on (in good standing or suspended), for those who draft decisions. */
    public List<ParticipantRow> getStates() {
        if (states == null) {
            states = can.draftDecisions() ? registry.participants(new ParticipantQuery(language.get(),
                    EnumSet.of(ParticipationStatus.PARTICIPANT, ParticipationStatus.SUSPENDED), null,
                    ParticipantSort.NAME, true, 0, ParticipantQuery.MAX_PAGE)) : List.of();
        }
        return states;
    }

    /** The statuses a decision can give a Participant. */
    public List<ParticipationStatus> getEffects() {
        return List.of(ParticipationStatus.SUSPENDED, ParticipationStatus.REMOVED, ParticipationStatus.PARTICIPANT);
    }

    /** A year or a version number: four digits at most. */
    public int getYearLength() {
        return 4;
    }

    public String getEffectIso() {
        return effectIso;
    }

    public void setEffectIso(String effectIso) {
        this.effectIso = effectIso;
    }

    public ParticipationStatus getEffectStatus() {
        return effectStatus;
    }

    public void setEffectStatus(ParticipationStatus effectStatus) {
        this.effectStatus = effectStatus;
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
}
