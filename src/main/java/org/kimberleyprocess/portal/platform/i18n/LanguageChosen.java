package org.kimberleyprocess.portal.platform.i18n;

import java.util.Objects;

/**
 * A logged-in person chose a language by a link; fired with their next post, in their request, so that the
 * accounts capability keeps it as the account's preference.
 */
public record LanguageChosen(Language language) {

    public LanguageChosen {
        Objects.requireNonNull(language, "language is required");
    }
}
