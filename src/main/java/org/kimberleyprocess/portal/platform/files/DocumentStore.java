package org.kimberleyprocess.portal.platform.files;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * Keeps uploaded files in {@code <data dir>/documents}. A file is accepted only when its content is a PDF, PNG
 * or JPEG of at most 10 MB; anything else is refused before it is kept. Callers check who may read a file.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.CHAIR_NAME, Role.PARTICIPATION_COMMITTEE_NAME, Role.FOCAL_POINT_NAME,
    Role.APPLICANT_NAME, Role.MONITORING_NAME})
public class DocumentStore {

    @Inject
    private Caller caller;

    @Inject
    private StoredFiles files;

    /** Checks and keeps an upload; returns its record. Nothing is kept when the file is refused. */
    public StoredDocument store(String fileName, long declaredSize, InputStream content) {
        return files.keep(fileName, declaredSize, content, caller.actor());
    }

    /** A kept file that nothing refers to any more: its record goes now, its bytes when the change commits. */
    public void discard(StoredDocument document) {
        files.discard(document);
    }

    /** A kept file by its token, for a caller that checks who may read it (the public reads public answers' files). */
    @PermitAll
    public Optional<StoredDocument> find(String token) {
        return files.byToken(token);
    }

    /**
     * The bytes of a kept file, for a caller that has already checked access (the public library's files are read by
     * anyone, so this asks no role itself).
     */
    @PermitAll
    public InputStream open(DocumentView document) throws IOException {
        return files.open(document.token());
    }
}
