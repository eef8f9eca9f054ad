package org.kimberleyprocess.portal.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The kept files: their records and their bytes, changed in the caller's transaction. Who may keep or read a file
 * is decided by the callers: {@link DocumentStore} for the people using the portal, the demonstration data at first
 * start.
 */
public interface StoredFiles {

    /** Checks and keeps an upload; returns its record. Nothing is kept when the file is refused. */
    StoredDocument keep(String fileName, long declaredSize, InputStream content, String uploadedBy);

    /** Removes a file's record now and its bytes once the removal has committed. */
    void discard(StoredDocument document);

    /** The bytes of a kept file. */
    InputStream open(String token) throws IOException;

    /** A kept file's record by its token. */
    Optional<StoredDocument> byToken(String token);
}
