package org.kimberleyprocess.portal.platform.files;

import java.util.Optional;

/** The file types the portal accepts, recognised by their first bytes, never by the name. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    /** The largest upload accepted: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The largest data file (a statistics import) the portal reads. */
    public static final long MAX_DATA_BYTES = 20L * 1024 * 1024;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of a file from its first bytes (at least 8 wanted). */
    public static Optional<FileType> sniff(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
