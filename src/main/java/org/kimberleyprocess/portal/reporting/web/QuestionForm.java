package org.kimberleyprocess.portal.reporting.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.reporting.application.DraftView;

/** One question on the authoring page: its texts in each language and its required flag, as the form edits them. */
public class QuestionForm {

    private final DraftView.DraftQuestion question;
    private final Map<Language, String> text;
    private final Map<Language, String> help;
    private boolean required;

    QuestionForm(DraftView.DraftQuestion question) {
        this.question = question;
        this.text = new EnumMap<>(question.text());
        this.help = new EnumMap<>(question.help());
        this.required = question.required();
    }

    public String getCode() {
        return question.code();
    }

    public String getType() {
        return question.type().name();
    }

    public String getPart() {
        return question.part().name();
    }

    /** "II.B.1 = YES" when the question depends on another one's answer. */
    public String getCondition() {
        return question.condition();
    }

    /** The questions whose condition tests this one (it cannot be removed while they do). */
    public List<String> getConditionedBy() {
        return question.conditionedBy();
    }

    public Map<Language, String> getText() {
        return text;
    }

    public Map<Language, String> getHelp() {
        return help;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
