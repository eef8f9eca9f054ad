package org.kimberleyprocess.portal.plenary.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.decisions.AdoptedDecisions;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;
import org.kimberleyprocess.portal.platform.validation.PlainText;
import org.kimberleyprocess.portal.plenary.domain.Decision;
import org.kimberleyprocess.portal.plenary.domain.DecisionEffect;
import org.kimberleyprocess.portal.plenary.domain.DecisionStatus;
import org.kimberleyprocess.portal.plenary.domain.DecisionText;
import org.kimberleyprocess.portal.plenary.domain.Decisions;
import org.kimberleyprocess.portal.plenary.domain.Meetings;
import org.kimberleyprocess.portal.registry.application.KpAccess;
import org.kimberleyprocess.portal.registry.application.RegistryAdministration;
import org.kimberleyprocess.portal.registry.application.StatusDecision;
import org.kimberleyprocess.portal.registry.application.ViceChairSelection;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.reporting.application.Adoption;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireService;

/**
 * The Plenary's decisions: drafted by the Chair or the Secretariat, agreed at a meeting or by the Chair's written
 * procedure (objections by focal points of Participants in good standing until the deadline's date ends), adopted by
 * the Secretariat once the five translations are there (Rule 26), and then acting on the registry where the decision
 * says so. The public reads adopted decisions only; the Scheme's accounts (all but applicants) read every decision.
 * Deadlines are judged by the portal's clock, in UTC, whenever a decision is read or changed: nobody has to act at
 * midnight.
 */
@Stateless
public class DecisionService {

    @Inject
    private Caller caller;

    /** Besides those with KP access, the committees and working groups read the decisions in the making. */
    private static final Role[] READ_DRAFTS = {Role.PARTICIPATION_COMMITTEE, Role.MONITORING, Role.STATISTICS};

    @Inject
    private Decisions decisions;

    @Inject
    private Meetings meetings;

    @Inject
    private Participants participants;

    @Inject
    private UserAccounts accounts;

    @Inject
    private RegistryAdministration registry;

    @Inject
    private QuestionnaireService questionnaires;

    @Inject
    private CommandCheck check;

    @Inject
    private AdoptedDecisions adoptedDecisions;

    @Inject
    private KpAccess kp;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /** The decisions the caller may read, the latest first: adopted ones for the public, all for the Scheme. */
    @PermitAll
    public List<DecisionSummary> list(Language language) {
        List<Decision> found = readsDrafts() ? decisions.all() : decisions.adopted(null);
        return found.stream().map(d -> summary(d, language)).toList();
    }

    /** One decision, if the caller may read it (a draft is "not found" for the public). */
    @PermitAll
    public DecisionView decision(long id, Language language) {
        Decision d = decisions.byId(id).filter(this::readable).orElseThrow(() -> new NotFoundException("Decision", id));
        return view(d, language);
    }

    /** Adopted decisions of a year (or every year), in one language: what the public API serves. */
    @PermitAll
    public List<PublicDecision> adopted(Integer year, Language language) {
        return decisions.adopted(year).stream().map(d -> {
            DecisionText text = d.text(language).orElseThrow();
            return new PublicDecision(d.getReference(), d.getKind(), d.getAdoptedOn(), language.code(),
                    text.getTitle(), text.getBody());
        }).toList();
    }

    /** The adopted decisions, the latest first, as choices for the pages that record one of them. */
    @PermitAll
    public List<AdoptedDecisions.DecisionChoice> choices(Language language) {
        return adoptedDecisions.choices(language);
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public long draft(NewDecision command) {
        NewDecision c = check.valid(command);
        if (decisions.byReference(c.reference().strip()).isPresent()) {
            throw new BusinessException("plenary.decision.error.referenceTaken", c.reference().strip());
        }
        Decision d = new Decision(c.reference(), c.kind(), clock.instant());
        d.write(Language.EN, c.title(), c.text());
        giveEffect(d, c.effectIso(), c.effectStatus(), c.viceChairYear(), c.questionnaireVersion(),
                c.questionnaireFirstYear());
        decisions.add(d);
        audit.fire(new Audited("DECISION_DRAFTED", "Decision", d.getReference(), c.kind().name()));
        return d.getId();
    }

    /** Writes the title and text in one language (both empty: removes that translation). */
    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public DecisionView write(long id, Language language, String title, String text) {
        Decision d = settled(id);
        d.write(language, title, text);
        audit.fire(new Audited("DECISION_TEXT_WRITTEN", "Decision", d.getReference(), language.name()));
        return view(d, language);
    }

    /**
     * Writes the decision in several languages at once, all or nothing, as a page sends them: each language with the
     * title and text the person sends and the fingerprint of those they were shown. Only what the person changed is
     * written (a language sent as it was shown is left alone, whatever it holds), so that a form shown without the
     * stored texts can never blank them; a language changed by someone else since it was shown is refused, and so is
     * a stored translation emptied here.
     */
    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public DecisionView writeTexts(long id, List<TextEdit> edits) {
        Decision d = settled(id);
        for (TextEdit e : edits) {
            if (!e.changed()) {
                continue;
            }
            Optional<DecisionText> stored = d.text(e.language());
            if (!TextEdit.fingerprint(stored.map(DecisionText::getTitle).orElse(""),
                    stored.map(DecisionText::getBody).orElse("")).equals(e.seen())) {
                throw new BusinessException("plenary.decision.error.changedMeanwhile", e.language().nativeName());
            }
            if (stored.isPresent() && !PlainText.hasContent(e.title()) && !PlainText.hasContent(e.body())) {
                throw new BusinessException("plenary.decision.error.blankOverStored", e.language().nativeName());
            }
            d.write(e.language(), e.title(), e.body());
            audit.fire(new Audited("DECISION_TEXT_WRITTEN", "Decision", d.getReference(), e.language().name()));
        }
        return view(d, Language.EN);
    }

    /** What a draft does once adopted, set anew (all empty: nothing). */
    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public DecisionView changeEffect(long id, String effectIso, ParticipationStatus effectStatus, Integer viceChairYear,
                                     Integer questionnaireVersion, Integer questionnaireFirstYear) {
        Decision d = settled(id);
        giveEffect(d, effectIso, effectStatus, viceChairYear, questionnaireVersion, questionnaireFirstYear);
        audit.fire(new Audited("DECISION_EFFECT_CHANGED", "Decision", d.getReference(), null));
        return view(d, Language.EN);
    }

    private void giveEffect(Decision d, String effectIso, ParticipationStatus effectStatus, Integer viceChairYear,
                            Integer questionnaireVersion, Integer questionnaireFirstYear) {
        boolean names = effectIso != null && !effectIso.isBlank();
        if (viceChairYear != null && effectStatus != null) {
            throw new BusinessException("plenary.decision.error.oneEffect");
        }
        DecisionEffect effect = null;
        if (viceChairYear != null) {
            effect = new DecisionEffect.ViceChair(participant(effectIso), viceChairYear);
        } else if (effectStatus != null || names) {
            effect = new DecisionEffect.StatusChange(participant(effectIso), effectStatus);
        }
        if (questionnaireVersion != null || questionnaireFirstYear != null) {
            if (questionnaireVersion == null || questionnaireFirstYear == null) {
                throw new BusinessException("plenary.decision.error.effectIncomplete");
            }
            if (effect != null) {
                throw new BusinessException("plenary.decision.error.oneEffect");
            }
            effect = new DecisionEffect.QuestionnaireAdoption(questionnaireVersion, questionnaireFirstYear);
        }
        d.changeEffect(effect);
    }

    /** The Chair circulates a draft for written procedure until the deadline's date (UTC). */
    @RolesAllowed(Role.CHAIR_NAME)
    public DecisionView circulate(long id, LocalDate deadline) {
        Decision d = settled(id);
        d.circulate(deadline, today(), caller.name(), clock.instant());
        audit.fire(new Audited("DECISION_CIRCULATED", "Decision", d.getReference(), String.valueOf(deadline)));
        return view(d, Language.EN);
    }

    /** A focal point objects to a decision in written procedure, for its Participant: the procedure ends. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public DecisionView object(long id, String reason) {
        Decision d = settled(id);
        Optional<Participant> own = caller.participant().flatMap(participants::byIso);
        d.object(own.map(Participant::getIsoCode).orElse(null), own.map(Participant::inGoodStanding).orElse(false),
                caller.name(), reason, clock.instant());
        audit.fire(new Audited("DECISION_OBJECTED", "Decision", d.getReference(), own.get().getIsoCode()));
        return view(d, Language.EN);
    }

    /** Records that a meeting agreed the draft. */
    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public DecisionView agreeAt(long id, long meetingId) {
        Decision d = settled(id);
        d.agreeAt(meetings.byId(meetingId).orElseThrow(() -> new BusinessException("plenary.decision.error.meeting")),
                today());
        audit.fire(new Audited("DECISION_AGREED", "Decision", d.getReference(), "meeting " + meetingId));
        return view(d, Language.EN);
    }

    /** An agreed decision that cannot be adopted as it stands goes back to the drafts (the Secretariat). */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public DecisionView backToDraft(long id) {
        Decision d = settled(id);
        d.backToDraft(today());
        audit.fire(new Audited("DECISION_BACK_TO_DRAFT", "Decision", d.getReference(), null));
        return view(d, Language.EN);
    }

    /**
     * The Secretariat records the adoption (refused while a translation is missing); a decision on a Participant's
     * status changes the registry on the day of adoption, with the access that follows it.
     */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public DecisionView adopt(long id) {
        Decision d = settled(id);
        d.adopt(today(), caller.name());
        DecisionEffect effect = d.getEffect().orElse(null);
        if (effect instanceof DecisionEffect.StatusChange s) {
            registry.changeStatus(s.isoCode(), new StatusDecision(s.next(), d.getAdoptedOn(), d.getReference(),
                    d.titleIn(Language.EN)));
        } else if (effect instanceof DecisionEffect.ViceChair v) {
            registry.selectViceChair(new ViceChairSelection(v.year(), v.isoCode(), d.getReference()));
        } else if (effect instanceof DecisionEffect.QuestionnaireAdoption q) {
            questionnaires.adopt(q.version(), new Adoption(d.getReference(), d.getAdoptedOn(), q.firstYear()));
        }
        audit.fire(new Audited("DECISION_ADOPTED", "Decision", d.getReference(), String.valueOf(d.getAdoptedOn())));
        return view(d, Language.EN);
    }

    private String participant(String isoCode) {
        return participants.byIso(isoCode == null ? "" : isoCode.strip())
                .orElseThrow(() -> new BusinessException("plenary.decision.error.effectIncomplete")).getIsoCode();
    }

    private Decision settled(long id) {
        Decision d = decisions.require(id);
        d.settle(today());
        return d;
    }

    private boolean readable(Decision d) {
        return d.getStatus() == DecisionStatus.ADOPTED || readsDrafts();
    }

    private boolean readsDrafts() {
        return kp.callerHasKpAccess() || caller.isIn(READ_DRAFTS);
    }

    private DecisionSummary summary(Decision d, Language language) {
        return new DecisionSummary(d.getId(), d.getReference(), d.getKind(), d.statusOn(today()), d.titleIn(language),
                d.getAgreedOn(), d.getDeadline(), d.getAdoptedOn(), List.copyOf(d.missingTranslations()));
    }

    private DecisionView view(Decision d, Language language) {
        DecisionStatus status = d.statusOn(today());
        boolean agreedInProcedure = status == DecisionStatus.AGREED && d.getStatus() == DecisionStatus.WRITTEN_PROCEDURE;
        return new DecisionView(d.getId(), d.getReference(), d.getKind(), status, d.titleIn(language),
                d.getMeeting() == null ? null : d.getMeeting().getId(),
                d.getMeeting() == null ? null : d.getMeeting().getTitle(),
                agreedInProcedure ? d.getDeadline() : d.getAgreedOn(),
                agreedInProcedure ? org.kimberleyprocess.portal.plenary.domain.AgreedBy.WRITTEN_PROCEDURE : d.getAgreedBy(),
                d.getDeadline(), readsDrafts() ? d.getCirculatedBy() : null, d.getAdoptedOn(), d.getEffect().orElse(null),
                Arrays.stream(Language.values()).map(l -> d.text(l)
                        .map(t -> new TextView(l, t.getTitle(), t.getBody()))
                        .orElseGet(() -> new TextView(l, "", ""))).toList(),
                List.copyOf(d.missingTranslations()),
                readsDrafts() ? d.getObjections().stream().map(o -> new ObjectionView(o.getIsoCode(), o.getUsername(),
                        o.getReason(), o.getObjectedAt())).toList() : List.of());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
