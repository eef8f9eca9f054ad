package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;
import org.kimberleyprocess.portal.it.PortalClient.Upload;

/**
 * Uploads and long texts: a file over 10 MB is refused with the same message however large it is, over-long text is
 * refused rather than cut, and a file is kept only while a record refers to it.
 */
class UploadLimitsIT extends PortalIT {

    /** The test server's documents folder (its data directory is the server's output folder). */
    static final Path DOCUMENTS = Path.of("target", "liberty", "wlp", "usr", "servers", "itServer", "kpcs-data",
            "documents");
    static final String TOO_LARGE = "The file is larger than 10 MB. Nothing was saved.";
    static final String TOO_LARGE_FOR_ANY = "The file is larger than the portal accepts: 10 MB for a document, 20 MB"
            + " for a statistics file. Nothing was saved.";

    static byte[] pdfOf(int megabytes) {
        byte[] bytes = new byte[megabytes * 1024 * 1024 + 1000];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static long keptFiles() throws Exception {
        if (!Files.isDirectory(DOCUMENTS)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void oversizedFilesLongTitlesAndRemovedLawsLeaveNothingBehind() throws Exception {
        PortalClient estonia = ApplicationSteps.signedUpApplicant(base.toURI(), "rep.ee", "EE", "a long passphrase");
        estonia.submit(estonia.get("/membership/application.xhtml"), "start", Map.of(), "startButton");
        Page step3 = estonia.get("/membership/wizard.xhtml?step=3");
        assertEquals("National legislation and regulations", step3.text("#stepTitle"));
        long before = keptFiles();

        for (int megabytes : new int[] {12, 55}) {
            Page refused = estonia.submitWithFiles(step3, "wizard", Map.of("legislationTitle", "Act " + megabytes,
                    "legislationDate", "2003-06-01"), Map.of("legislationFile", new Upload("act.pdf",
                    "application/pdf", pdfOf(megabytes))), "addLegislation");
            assertTrue(refused.messages().contains(megabytes > 21 ? TOO_LARGE_FOR_ANY : TOO_LARGE),
                    megabytes + " MB: " + refused.messages());
            assertEquals("National legislation and regulations", refused.text("#stepTitle"), "back on the same step");
        }
        Page justOver = estonia.submitWithFiles(step3, "wizard", Map.of("legislationTitle", "Seadus — Закон",
                "legislationDate", "2003-06-01"), Map.of("legislationFile", new Upload("act.pdf", "application/pdf",
                pdfOf(10))), "addLegislation");
        assertTrue(justOver.messages().contains(TOO_LARGE), justOver.messages().toString());
        assertEquals("Seadus — Закон", justOver.html().getElementById("wizard:legislationTitle").val(),
                "what was typed stays");

        Page longTitle = estonia.submitWithFiles(justOver, "wizard", Map.of("legislationTitle", "T".repeat(5000),
                "legislationDate", "2003-06-01"), Map.of("legislationFile", new Upload("act.pdf", "application/pdf",
                MembershipIT.PDF)), "addLegislation");
        assertTrue(longTitle.messages().contains("The text is longer than 300 characters."),
                longTitle.messages().toString());
        assertTrue(longTitle.textsIn("wizard:legislation_data", "td").contains("No legislation recorded yet."));
        assertEquals(before, keptFiles(), "no file is kept for what was refused");

        Page added = estonia.submitWithFiles(longTitle, "wizard", Map.of("legislationTitle", "Strategic Goods Act",
                "legislationDate", "2003-06-01"), Map.of("legislationFile", new Upload("act.pdf", "application/pdf",
                MembershipIT.PDF)), "addLegislation");
        assertTrue(added.messages().contains("The law has been added to the file."), added.messages().toString());
        assertEquals(before + 1, keptFiles());
        String remove = added.html().select("#wizard\\:legislation input[type=submit]").stream()
                .filter(b -> b.val().equals("Remove")).findFirst().orElseThrow().id();
        Page removed = estonia.submit(added, "wizard", Map.of(), remove);
        assertFalse(removed.textsIn("wizard:legislation_data", "td").contains("Strategic Goods Act"));
        assertEquals(before, keptFiles(), "the removed law's text is gone with it");
    }
}
