package org.kimberleyprocess.portal.plenary.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;
import org.kimberleyprocess.portal.plenary.domain.Library;
import org.kimberleyprocess.portal.plenary.domain.LibraryDocument;
import org.kimberleyprocess.portal.plenary.domain.LibraryKind;
import org.kimberleyprocess.portal.plenary.domain.Meeting;
import org.kimberleyprocess.portal.plenary.domain.Meetings;
import org.kimberleyprocess.portal.registry.application.KpAccess;

/**
 * The document library: anyone finds and downloads public documents by title, kind and year; KP-only ones are for
 * those with KP access (the one definition, {@link KpAccess}); to anyone else they do not exist. The Secretariat adds
 * documents and their files in further languages (PDF, PNG or JPEG, checked by content).
 */
@Stateless
public class LibraryService {

    @Inject
    private Library library;

    @Inject
    private Meetings meetings;

    @Inject
    private DocumentStore store;

    @Inject
    private KpAccess kp;

    @Inject
    private CommandCheck check;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    @PermitAll
    public List<LibraryDocumentView> search(String text, LibraryKind kind, Integer year) {
        return library.search(text, kind, year, kp.callerHasKpAccess()).stream().map(LibraryService::view).toList();
    }

    /** The documents of a meeting the reader may read. */
    @PermitAll
    public List<LibraryDocumentView> ofMeeting(long meetingId) {
        Meeting m = meetings.require(meetingId);
        return library.ofMeeting(m, kp.callerHasKpAccess()).stream().map(LibraryService::view).toList();
    }

    /** One language's file, for a reader who may read the document ("not found" otherwise). */
    @PermitAll
    public DocumentView file(long id, Language language) {
        LibraryDocument d = readable(id);
        return d.file(language).map(f -> DocumentView.of(f.getFile()))
                .orElseThrow(() -> new NotFoundException("LibraryFile", language));
    }

    @RolesAllowed(Role.SECRETARIAT_NAME)
    public long add(NewLibraryDocument command, String fileName, long size, InputStream content) {
        NewLibraryDocument c = check.valid(command);
        Meeting meeting = c.meetingId() == null ? null : meetings.byId(c.meetingId())
                .orElseThrow(() -> new BusinessException("plenary.decision.error.meeting"));
        StoredDocument file = store.store(fileName, size, content);
        LibraryDocument d = new LibraryDocument(c.title(), c.kind(), c.year(), c.kpOnly(), meeting, c.language(), file,
                file.getUploadedBy(), clock.instant());
        library.add(d);
        audit.fire(new Audited("LIBRARY_DOCUMENT_ADDED", "LibraryDocument", d.getTitle(),
                c.language() + (c.kpOnly() ? " KP only" : " public")));
        return d.getId();
    }

    /** The document in another language (or a new file for one it has). */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void addFile(long id, Language language, String fileName, long size, InputStream content) {
        if (language == null) {
            throw new BusinessException("plenary.library.error.incomplete");
        }
        LibraryDocument d = library.require(id);
        d.putFile(language, store.store(fileName, size, content)).ifPresent(store::discard);
        audit.fire(new Audited("LIBRARY_FILE_ADDED", "LibraryDocument", d.getTitle(), language.name()));
    }

    private LibraryDocument readable(long id) {
        LibraryDocument d = library.byId(id).orElseThrow(() -> new NotFoundException("LibraryDocument", id));
        if (d.isKpOnly() && !kp.callerHasKpAccess()) {
            throw new NotFoundException("LibraryDocument", id);
        }
        return d;
    }

    private static LibraryDocumentView view(LibraryDocument d) {
        return new LibraryDocumentView(d.getId(), d.getTitle(), d.getKind(), d.getYear(), d.isKpOnly(),
                d.getMeeting() == null ? null : d.getMeeting().getId(),
                d.getMeeting() == null ? null : d.getMeeting().getTitle(),
                d.getFiles().stream().map(f -> new LibraryDocumentView.FileView(f.getLanguage(),
                        f.getFile().getFileName(), f.getFile().getSize())).toList());
    }
}
