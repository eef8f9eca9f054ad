package org.kimberleyprocess.portal.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import org.kimberleyprocess.portal.platform.files.FileRejectedException;
import org.kimberleyprocess.portal.platform.files.FileType;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.files.StoredFiles;

/**
 * The files kept in {@code <data dir>/documents} ({@link StoredFiles}): checks a file's content (PDF, PNG or JPEG
 * of at most 10 MB) and keeps it under a random token, in the caller's transaction.
 */
@ApplicationScoped
public class DiskStoredFiles implements StoredFiles {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @jakarta.annotation.Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "kpcs.data.dir", defaultValue = "kpcs-data")
    String dataDir;

    @Override
    public StoredDocument keep(String fileName, long declaredSize, InputStream content, String uploadedBy) {
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
                    HexFormat.of().formatHex(digest.digest()), clock.instant(), uploadedBy);
            em.persist(document);
            deleteUnlessCommitted(folder().resolve(token));
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

    @Override
    public void discard(StoredDocument document) {
        Path file = folder().resolve(document.getToken());
        em.remove(em.contains(document) ? document : em.merge(document));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    deleteQuietly(file);
                }
            }
        });
    }

    /** A file is kept only if its record commits: when the transaction rolls back, the file goes. */
    private void deleteUnlessCommitted(Path file) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(file);
                }
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(DiskStoredFiles.class.getName())
                    .warning(() -> "Could not delete " + file + ": " + e);
        }
    }

    @Override
    public InputStream open(String token) throws IOException {
        return Files.newInputStream(folder().resolve(token));
    }

    @Override
    public Optional<StoredDocument> byToken(String token) {
        return em.createQuery("select d from StoredDocument d where d.token = :t", StoredDocument.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    private Path folder() {
        return Path.of(dataDir, "documents");
    }
}
