package org.kimberleyprocess.portal.plenary.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** The document library. */
public interface Library {

    /**
     * Documents whose title contains the text (any case; all without it), of a kind and a year when given, KP-only
     * ones only with {@code withKpOnly}; the latest year first.
     */
    List<LibraryDocument> search(String text, LibraryKind kind, Integer year, boolean withKpOnly);

    List<LibraryDocument> ofMeeting(Meeting meeting, boolean withKpOnly);

    Optional<LibraryDocument> byId(long id);

    default LibraryDocument require(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("LibraryDocument", id));
    }

    void add(LibraryDocument document);
}
