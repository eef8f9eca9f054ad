package org.kimberleyprocess.portal.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void typesAreRecognisedByTheirContent() {
        assertEquals(Optional.of(FileType.PDF), FileType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.PNG), FileType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertEquals(Optional.of(FileType.JPEG), FileType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    }

    @Test
    void aRenamedFileIsRecognisedForWhatItIs() {
        assertTrue(FileType.sniff("MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
        assertTrue(FileType.sniff("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(FileType.sniff(new byte[0]).isEmpty());
        assertTrue(FileType.sniff(null).isEmpty());
    }
}
