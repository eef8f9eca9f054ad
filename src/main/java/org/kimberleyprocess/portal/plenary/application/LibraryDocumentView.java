package org.kimberleyprocess.portal.plenary.application;

import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.plenary.domain.LibraryKind;

/** A document of the library with the languages it exists in (each file's name and size). */
public record LibraryDocumentView(long id, String title, LibraryKind kind, int year, boolean kpOnly, Long meetingId,
                                  String meetingTitle, List<FileView> files) {

    /** One language's file. */
    public record FileView(Language language, String fileName, long size) {
    }
}
