package org.kimberleyprocess.portal.reporting.application;

import jakarta.json.JsonValue;
import org.kimberleyprocess.portal.reporting.domain.report.Answer;

/**
 * An answer as its reader gets it: the question's code, the value (JSON), whether it is KP only, its version (the
 * {@code ETag} a change must name) and, for an answer that breaks its rule, the problem's message key.
 */
public record AnswerView(String question, JsonValue value, boolean kpOnly, long version, String problem) {

    static AnswerView of(Answer a) {
        return new AnswerView(a.getQuestionCode(), a.value(), a.isKpOnly(), a.getVersion(),
                a.getProblem().orElse(null));
    }
}
