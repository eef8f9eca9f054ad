package org.kimberleyprocess.portal.plenary.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.plenary.domain.AgreedBy;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;
import org.kimberleyprocess.portal.plenary.domain.DecisionEffect;
import org.kimberleyprocess.portal.plenary.domain.DecisionStatus;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * One decision as its page shows it: status today (a written procedure past its deadline without objection reads as
 * agreed), how and when it was agreed, the written procedure's deadline, the texts in the five languages (missing
 * ones empty), the objections, and what it does once adopted (a status, the Vice-Chair, a questionnaire version).
 */
public record DecisionView(long id, String reference, DecisionCategory kind, DecisionStatus status, String title,
                           Long meetingId, String meetingTitle, LocalDate agreedOn, AgreedBy agreedBy,
                           LocalDate deadline, String circulatedBy, LocalDate adoptedOn, String effectIso,
                           ParticipationStatus effectStatus, String viceChairIso, Integer viceChairYear,
                           Integer questionnaireVersion, Integer questionnaireFirstYear, List<TextView> texts,
                           List<Language> missing,
                           List<ObjectionView> objections) {

    /** The view with the decision's effect written out in the fields a reader gets ({@code null} for none). */
    DecisionView(long id, String reference, DecisionCategory kind, DecisionStatus status, String title, Long meetingId,
                 String meetingTitle, LocalDate agreedOn, AgreedBy agreedBy, LocalDate deadline, String circulatedBy,
                 LocalDate adoptedOn, DecisionEffect effect, List<TextView> texts, List<Language> missing,
                 List<ObjectionView> objections) {
        this(id, reference, kind, status, title, meetingId, meetingTitle, agreedOn, agreedBy, deadline, circulatedBy,
                adoptedOn,
                effect instanceof DecisionEffect.StatusChange s ? s.isoCode() : null,
                effect instanceof DecisionEffect.StatusChange s ? s.next() : null,
                effect instanceof DecisionEffect.ViceChair v ? v.isoCode() : null,
                effect instanceof DecisionEffect.ViceChair v ? v.year() : null,
                effect instanceof DecisionEffect.QuestionnaireAdoption q ? q.version() : null,
                effect instanceof DecisionEffect.QuestionnaireAdoption q ? q.firstYear() : null,
                texts, missing, objections);
    }

    public boolean draft() {
        return status == DecisionStatus.DRAFT;
    }

    public boolean inWrittenProcedure() {
        return status == DecisionStatus.WRITTEN_PROCEDURE;
    }

    public boolean agreed() {
        return status == DecisionStatus.AGREED;
    }

    public boolean adopted() {
        return status == DecisionStatus.ADOPTED;
    }

    /** The English text is the one agreed: it changes only while the decision is a draft. */
    public boolean englishFixed() {
        return status != DecisionStatus.DRAFT;
    }

    public boolean actsOnRegistry() {
        return effectIso != null;
    }
}
