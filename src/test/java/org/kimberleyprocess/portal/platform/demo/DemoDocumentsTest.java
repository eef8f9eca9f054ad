package org.kimberleyprocess.portal.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.files.FileType;

class DemoDocumentsTest {

    @Test
    void theDemonstrationDocumentsPassTheUploadCheck() {
        assertEquals(Optional.of(FileType.PDF), FileType.sniff(DemoDocuments.pdf("Loi portant code minier")));
        assertEquals(Optional.of(FileType.PNG), FileType.sniff(DemoDocuments.png()));
    }

    @Test
    void theDemonstrationPdfSaysWhatItIsAndPointsToItsTable() {
        String pdf = new String(DemoDocuments.pdf("Mining Act (2003)"), StandardCharsets.US_ASCII);
        assertTrue(pdf.contains("(Demonstration document: Mining Act \\(2003\\)) Tj"), pdf);
        int xref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")).strip());
        assertTrue(pdf.startsWith("xref", xref), "startxref points to the cross-reference table");
    }
}
