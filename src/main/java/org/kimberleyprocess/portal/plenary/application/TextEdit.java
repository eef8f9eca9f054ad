package org.kimberleyprocess.portal.plenary.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * A decision's title and text in one language as a page sends them back: what the person sends, and the
 * {@link #fingerprint} of what they were shown. Only a change the person made is written.
 */
public record TextEdit(Language language, String seen, String title, String body) {

    /** Whether the person changed the title or the text from what they were shown. */
    public boolean changed() {
        return !fingerprint(title, body).equals(seen);
    }

    /**
     * What identifies a title and text as shown (stripped, line breaks as any browser sends them made one): a page
     * keeps it beside the fields, and it tells whether the person, or someone else meanwhile, changed them.
     */
    public static String fingerprint(String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((clean(title) + '\u0000' + clean(body)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
