package org.kimberleyprocess.portal.platform.files;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * Keeps uploaded files in {@code <data dir>/documents}. A file is accepted only when its content is a PDF, PNG
 * or JPEG of at most 10 MB; anything else is refused before it is kept. Callers check who may read a file.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.CHAIR_NAME, Role.PARTICIPATION_COMMITTEE_NAME, Role.FOCAL_POINT_NAME,
    Role.APPLICANT_NAME})
public class DocumentStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "kpcs.data.dir", defaultValue = "kpcs-data")
    String dataDir;

    /** Checks and keeps an upload; returns its record. Nothing is kept when the file is refused. */
    public StoredDocument store(String fileName, long declaredSize, InputStream content) {
        if (declaredSize > FileType.MAX_BYTES) {
            throw new FileRejectedException("files.error.tooLarge", 10);
        }
        Path folder = folder();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[16];
            int headLength = 0;
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (var out = Files.newOutputStream(temporary)) {
                int n;
                while ((n = content.read(buffer)) > 0) {
                    total += n;
                    if (total > FileType.MAX_BYTES) {
                        throw new FileRejectedException("files.error.tooLarge", 10);
                    }
                    if (headLength < head.length) {
                        int copy = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                throw new FileRejectedException("files.error.empty");
            }
            byte[] sniffed = java.util.Arrays.copyOf(head, headLength);
            FileType type = FileType.sniff(sniffed).orElseThrow(() -> new FileRejectedException("files.error.type"));
            String token = UUID.randomUUID().toString();
            Files.move(temporary, folder.resolve(token), StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            StoredDocument document = new StoredDocument(token, fileName, type, total,
                    HexFormat.of().formatHex(digest.digest()), clock.instant(), caller());
            em.persist(document);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover part file is harmless
                }
            }
        }
    }

    public Optional<StoredDocument> find(String token) {
        return em.createQuery("select d from StoredDocument d where d.token = :t", StoredDocument.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    /** The bytes of a kept file, for a caller that has already checked access. */
    public InputStream open(StoredDocument document) throws IOException {
        return Files.newInputStream(folder().resolve(document.getToken()));
    }

    private Path folder() {
        return Path.of(dataDir, "documents");
    }

    private String caller() {
        var principal = context.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
