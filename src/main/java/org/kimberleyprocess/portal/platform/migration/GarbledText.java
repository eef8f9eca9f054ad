package org.kimberleyprocess.portal.platform.migration;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises text that was sent as UTF-8 but read as ISO-8859-1 ("SecretarÃ­a" for "Secretaría") and gives
 * back what was typed. Only text that round-trips exactly is repaired: every character fits in one byte, at
 * least one is outside ASCII, and those bytes are valid UTF-8 that decodes to something else.
 */
public final class GarbledText {

    private GarbledText() {
    }

    /** What was typed, if the text is UTF-8 read as ISO-8859-1; empty if it is not (or cannot be told). */
    public static Optional<String> repair(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        boolean beyondAscii = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return Optional.empty();
            }
            beyondAscii |= c > 0x7F;
        }
        if (!beyondAscii) {
            return Optional.empty();
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
            return decoded.equals(text) ? Optional.empty() : Optional.of(decoded);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
