package org.kimberleyprocess.portal.reporting.domain.questionnaire;

import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A section of the questionnaire (I to VI), with its Part A and Part B questions in order. */
public record Section(String code, LocalizedText title, List<Question> questions) {

    public Section {
        if (code == null || !code.matches("[IVX]+")) {
            throw new BusinessException("reporting.questionnaire.error.section", String.valueOf(code));
        }
        if (title == null || title.isEmpty()) {
            throw new BusinessException("reporting.questionnaire.error.section", code);
        }
        questions = questions == null ? List.of() : List.copyOf(questions);
        for (Question q : questions) {
            if (!q.section().equals(code)) {
                throw new BusinessException("reporting.questionnaire.error.misplaced", q.code(), code);
            }
        }
    }
}
