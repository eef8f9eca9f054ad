package org.kimberleyprocess.portal.platform.files;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP answer that downloads a kept file whose access the caller has checked: its media type and size, and its
 * name as typed (in any script: an ASCII fallback and the UTF-8 name of RFC 6266).
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response of(DocumentStore store, DocumentView document) {
        StreamingOutput body = out -> {
            try (InputStream in = store.open(document)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Response.ok(body, document.mediaType())
                .header("Content-Disposition", "attachment; filename=\""
                        + document.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .header("Content-Length", document.size())
                .build();
    }
}
