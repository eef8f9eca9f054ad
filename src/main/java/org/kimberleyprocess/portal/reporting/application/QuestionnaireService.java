package org.kimberleyprocess.portal.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.decisions.AdoptedDecisions;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.LocalizedText;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.MissingTranslation;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Part;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionType;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireJson;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersions;

/**
 * The uniform questionnaire: the version that applies to a reporting year (public), and the Secretariat's work on
 * versions: import a draft in the questionnaire's JSON form, copy a version into a new draft, export, adopt.
 */
@Stateless
public class QuestionnaireService {

    @Inject
    private AdoptedDecisions adoptedDecisions;

    @Inject
    private QuestionnaireVersions versions;

    @Inject
    private CommandCheck check;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /** The questionnaire the reports on a year answer, in a language; not found before its first year. */
    @PermitAll
    public QuestionnaireView forYear(int year, Language language) {
        QuestionnaireVersion v = versions.applyingTo(year)
                .orElseThrow(() -> new NotFoundException("Questionnaire", String.valueOf(year)));
        return QuestionnaireView.of(v, lastYear(v), language);
    }

    /** A version as the focal points would read it in a language (a draft's preview). */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public QuestionnaireView preview(int number, Language language) {
        QuestionnaireVersion v = versions.require(number);
        return QuestionnaireView.of(v, lastYear(v), language);
    }

    @RolesAllowed(Role.SECRETARIAT_NAME)
    public List<VersionSummary> versions() {
        return versions.all().stream().map(v -> new VersionSummary(v.getNumber(), v.getStatus(),
                v.getDecisionReference().orElse(null), v.getAdoptedOn().orElse(null), v.getFirstYear().orElse(null),
                lastYear(v), v.content().questions().size(), v.content().missingTranslations().size())).toList();
    }

    /** What a version still lacks before it can be adopted. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public List<MissingTranslation> missingTranslations(int number) {
        return versions.require(number).content().missingTranslations();
    }

    /** A new draft from a file in the questionnaire's JSON form; returns its number. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public int importDraft(String json) {
        QuestionnaireVersion v = new QuestionnaireVersion(versions.nextNumber(), QuestionnaireJson.read(json),
                clock.instant());
        versions.add(v);
        audit.fire(new Audited("QUESTIONNAIRE_IMPORTED", "QuestionnaireVersion", String.valueOf(v.getNumber()), null));
        return v.getNumber();
    }

    /** A new draft from the standard questionnaire that ships with the portal; returns its number. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public int importStandard() {
        return importDraft(StandardQuestionnaire.json());
    }

    /** A new draft with a version's content, to change it; returns its number. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public int copy(int number) {
        QuestionnaireVersion from = versions.require(number);
        QuestionnaireVersion v = new QuestionnaireVersion(versions.nextNumber(), from.content(), clock.instant());
        versions.add(v);
        audit.fire(new Audited("QUESTIONNAIRE_COPIED", "QuestionnaireVersion", String.valueOf(v.getNumber()),
                "from " + number));
        return v.getNumber();
    }

    /** A version with its texts in every language and what it lacks, for the authoring page. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public DraftView draft(int number) {
        return DraftView.of(versions.require(number));
    }

    /** The Secretariat changes the questionnaire's title in a draft. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void reviseTitle(int number, Map<Language, String> title) {
        edit(number, "title", q -> q.withTitle(new LocalizedText(title)));
    }

    /** The Secretariat changes a section's title in a draft. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void reviseSection(int number, String section, Map<Language, String> title) {
        edit(number, section, q -> q.withSectionTitle(section, new LocalizedText(title)));
    }

    /** The Secretariat changes a question's texts (text and help in each language) and whether it is required. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void reviseQuestion(int number, String code, Map<Language, String> text, Map<Language, String> help,
                               boolean required) {
        edit(number, code, q -> q.withTexts(code, new LocalizedText(text), new LocalizedText(help), required));
    }

    /** The Secretariat moves a question one place up or down in its section. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void move(int number, String code, boolean up) {
        edit(number, code, q -> q.moved(code, up ? -1 : 1));
    }

    /** The Secretariat adds a question at the end of a section's part; returns its code. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public String addQuestion(int number, String section, Part part, QuestionType type, String englishText) {
        QuestionnaireVersion v = versions.require(number);
        java.util.Set<String> before = v.content().questions().stream().map(Question::code)
                .collect(java.util.stream.Collectors.toSet());
        edit(number, section, q -> q.added(section, part, type,
                new LocalizedText(englishText == null ? Map.of() : Map.of(Language.EN, englishText))));
        return v.content().questions().stream().map(Question::code).filter(c -> !before.contains(c)).findFirst()
                .orElseThrow();
    }

    /** The Secretariat removes a question from a draft. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void removeQuestion(int number, String code) {
        edit(number, code, q -> q.without(code));
    }

    private void edit(int number, String what, java.util.function.UnaryOperator<Questionnaire> change) {
        QuestionnaireVersion v = versions.require(number);
        v.revise(change.apply(v.content()));
        audit.fire(new Audited("QUESTIONNAIRE_EDITED", "QuestionnaireVersion", String.valueOf(number), what));
    }

    /** A version in the questionnaire's JSON form. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public String export(int number) {
        return versions.require(number).definition();
    }

    /** Records the Plenary's adoption of a draft (refused while any translation is missing). */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void adopt(int number, Adoption adoption) {
        Adoption a = check.valid(adoption);
        adoptedDecisions.require(a.reference());
        versions.require(number).adopt(a.reference(), a.date(), a.firstYear());
        audit.fire(new Audited("QUESTIONNAIRE_ADOPTED", "QuestionnaireVersion", String.valueOf(number),
                a.reference() + ", reports from " + a.firstYear()));
    }

    /** The last reporting year an adopted version applies to, if a later version takes over. */
    private Integer lastYear(QuestionnaireVersion v) {
        if (!v.isAdopted()) {
            return null;
        }
        int first = v.getFirstYear().orElseThrow();
        return versions.all().stream().filter(QuestionnaireVersion::isAdopted)
                .map(o -> o.getFirstYear().orElseThrow()).filter(y -> y > first).min(Integer::compare)
                .map(y -> y - 1).orElse(null);
    }
}
