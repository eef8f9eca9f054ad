package org.kimberleyprocess.portal.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;
import org.kimberleyprocess.portal.reporting.application.DraftView;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireService;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Part;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionType;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.VersionStatus;

/**
 * Authoring one questionnaire version (reporting/version.xhtml?number=N&amp;section=II), for the Secretariat: a
 * section at a time, every text in the five languages side by side, each question saved by its own form; questions
 * moved, added and removed; what still lacks a translation listed at the top. An adopted version is read only.
 */
@Named
@RequestScoped
public class VersionEditorBacking {

    @Inject
    private QuestionnaireService questionnaires;

    @Inject
    private PageMessages messages;

    private Integer number;
    private String section;
    private DraftView draft;
    private Part newPart = Part.B;
    private QuestionType newType = QuestionType.LONG_TEXT;
    private String newText;
    private Map<Language, String> title;
    private Map<Language, String> sectionTitle;
    private List<QuestionForm> questions;

    @PostConstruct
    void readParameters() {
        number = Pages.intParameter("number").orElse(null);
        section = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("section");
    }

    /** Loads the version (a 404 page for an unknown one); the first section unless one is named. */
    public void load() throws IOException {
        getDraft();
    }

    public DraftView getDraft() {
        if (draft == null) {
            if (number == null) {
                throw new org.kimberleyprocess.portal.platform.errors.NotFoundException("Version", "-");
            }
            draft = questionnaires.draft(number);
        }
        return draft;
    }

    /** The section shown: the one named, or the first. */
    public DraftView.DraftSection getCurrent() {
        List<DraftView.DraftSection> all = getDraft().sections();
        return all.stream().filter(s -> s.code().equals(section)).findFirst().orElse(all.get(0));
    }

    public boolean isEditable() {
        return getDraft().status() == VersionStatus.DRAFT;
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public List<Part> getParts() {
        return Arrays.asList(Part.values());
    }

    public List<QuestionType> getAddableTypes() {
        return Arrays.stream(QuestionType.values()).filter(Question::addableInPortal).toList();
    }

    /** The questionnaire's title in each language, as its form edits it. */
    public Map<Language, String> getTitle() {
        if (title == null) {
            title = new java.util.EnumMap<>(getDraft().title());
        }
        return title;
    }

    /** The section's title in each language, as its form edits it. */
    public Map<Language, String> getSectionTitle() {
        if (sectionTitle == null) {
            sectionTitle = new java.util.EnumMap<>(getCurrent().title());
        }
        return sectionTitle;
    }

    /** The section's questions, as their forms edit them. */
    public List<QuestionForm> getQuestions() {
        if (questions == null) {
            questions = getCurrent().questions().stream().map(QuestionForm::new).toList();
        }
        return questions;
    }

    public String saveTitle() {
        return perform(() -> questionnaires.reviseTitle(number, getTitle()), "reporting.version.saved");
    }

    public String saveSection() {
        String code = getCurrent().code();
        return perform(() -> questionnaires.reviseSection(number, code, getSectionTitle()), "reporting.version.saved");
    }

    public String saveQuestion(QuestionForm q) {
        return perform(() -> questionnaires.reviseQuestion(number, q.getCode(), q.getText(), q.getHelp(),
                q.isRequired()), "reporting.version.saved");
    }

    public String moveUp(String code) {
        return perform(() -> questionnaires.move(number, code, true), "reporting.version.moved");
    }

    public String moveDown(String code) {
        return perform(() -> questionnaires.move(number, code, false), "reporting.version.moved");
    }

    public String remove(String code) {
        return perform(() -> questionnaires.removeQuestion(number, code), "reporting.version.removed");
    }

    public String add() {
        DraftView.DraftSection s = getCurrent();
        return perform(() -> questionnaires.addQuestion(number, s.code(), newPart, newType, newText),
                "reporting.version.added");
    }

    private String perform(Runnable change, String doneKey) {
        return messages.perform(change, doneKey, "/reporting/version?faces-redirect=true&number=" + number
                + "&section=" + getCurrent().code());
    }

    public Integer getNumber() {
        return number;
    }

    public Part getNewPart() {
        return newPart;
    }

    public void setNewPart(Part newPart) {
        this.newPart = newPart;
    }

    public QuestionType getNewType() {
        return newType;
    }

    public void setNewType(QuestionType newType) {
        this.newType = newType;
    }

    public String getNewText() {
        return newText;
    }

    public void setNewText(String newText) {
        this.newText = newText;
    }
}
