package org.kimberleyprocess.portal.reporting.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** The questionnaire's versions. */
public interface QuestionnaireVersions {

    void add(QuestionnaireVersion version);

    Optional<QuestionnaireVersion> byNumber(int number);

    default QuestionnaireVersion require(int number) {
        return byNumber(number).orElseThrow(() -> new NotFoundException("QuestionnaireVersion", String.valueOf(number)));
    }

    /** Every version, oldest first. */
    List<QuestionnaireVersion> all();

    /** The number the next version gets. */
    int nextNumber();

    /**
     * The version the report on a year answers: of the adopted versions whose first year is that year or earlier,
     * the one with the latest first year.
     */
    default Optional<QuestionnaireVersion> applyingTo(int year) {
        return all().stream().filter(QuestionnaireVersion::isAdopted)
                .filter(v -> v.getFirstYear().orElseThrow() <= year)
                .max(java.util.Comparator.comparing((QuestionnaireVersion v) -> v.getFirstYear().orElseThrow())
                        .thenComparing(QuestionnaireVersion::getNumber));
    }
}
