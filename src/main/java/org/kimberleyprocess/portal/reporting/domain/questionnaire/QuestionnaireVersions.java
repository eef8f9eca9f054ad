package org.kimberleyprocess.portal.reporting.domain.questionnaire;

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

    /** The number of the version the report on a year answers (see {@link #applyingTo}), without reading it. */
    default Optional<Integer> numberApplyingTo(int year) {
        return applyingTo(year).map(QuestionnaireVersion::getNumber);
    }

    /** A version's content; an adopted version never changes, so it may be kept once read. */
    default Questionnaire contentOf(int number) {
        return require(number).content();
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
