package org.kimberleyprocess.portal.review.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.review.domain.Expert;

/**
 * An expert nominated to the roster, as the experts page posts it: the name, who nominates (a Participant by its ISO
 * code or an Observer by its name; a focal point or an Observer's account nominates for its own body), the fields of
 * expertise and the languages.
 */
public record NewExpert(
        @NotBlank(message = INCOMPLETE) @Size(max = Expert.NAME_LENGTH, message = TOO_LONG) String name,
        String nominatedBy,
        @NotBlank(message = INCOMPLETE) @Size(max = Expert.EXPERTISE_LENGTH, message = TOO_LONG) String expertise,
        @NotEmpty(message = INCOMPLETE) Set<Language> languages) {

    static final String INCOMPLETE = "review.expert.error.incomplete";
    static final String TOO_LONG = "review.error.tooLong";
}
