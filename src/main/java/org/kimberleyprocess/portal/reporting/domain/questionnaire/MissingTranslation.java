package org.kimberleyprocess.portal.reporting.domain.questionnaire;

import java.util.Set;
import org.kimberleyprocess.portal.platform.i18n.Language;

/** A text of a questionnaire that lacks translations: where it is (a question's code and what) and the languages. */
public record MissingTranslation(String where, String what, Set<Language> languages) {
}
