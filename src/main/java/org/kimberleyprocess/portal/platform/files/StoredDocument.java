package org.kimberleyprocess.portal.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An uploaded file: its token (business key and file name on disk), original name, type, size, checksum. */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    public static final int NAME_LENGTH = 255;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String token;

    @Column(name = "file_name", nullable = false, length = NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 10)
    private FileType type;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    protected StoredDocument() {
        // for JPA
    }

    public StoredDocument(String token, String fileName, FileType type, long size, String sha256, Instant uploadedAt,
                          String uploadedBy) {
        this.token = Objects.requireNonNull(token, "token is required");
        String name = fileName == null || fileName.isBlank() ? "document." + type.extension() : fileName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        this.fileName = name.length() > NAME_LENGTH ? name.substring(name.length() - NAME_LENGTH) : name;
        this.type = Objects.requireNonNull(type, "type is required");
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "checksum is required");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "time is required");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploader is required");
    }

    public String getToken() {
        return token;
    }

    public String getFileName() {
        return fileName;
    }

    public FileType getType() {
        return type;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof StoredDocument other && token.equals(other.token));
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }
}
