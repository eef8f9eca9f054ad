package org.kimberleyprocess.portal.plenary.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.plenary.domain.LibraryDocument;
import org.kimberleyprocess.portal.plenary.domain.LibraryKind;

/** A document the Secretariat adds to the library, with the language of its first file; the meeting is optional. */
public record NewLibraryDocument(
        @NotBlank(message = INCOMPLETE) @Size(max = LibraryDocument.TITLE_LENGTH, message = NewDecision.TOO_LONG) String title,
        @NotNull(message = INCOMPLETE) LibraryKind kind,
        @NotNull(message = INCOMPLETE) Integer year,
        boolean kpOnly,
        Long meetingId,
        @NotNull(message = INCOMPLETE) Language language) {

    static final String INCOMPLETE = "plenary.library.error.incomplete";
}
