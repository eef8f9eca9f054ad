package org.kimberleyprocess.portal.platform.files;

/** What a download needs of a kept document: its token, name, media type and size. */
public record DocumentView(String token, String fileName, String mediaType, long size) {

    public static DocumentView of(StoredDocument d) {
        return new DocumentView(d.getToken(), d.getFileName(), d.getType().mediaType(), d.getSize());
    }
}
