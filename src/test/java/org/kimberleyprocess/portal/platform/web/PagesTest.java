package org.kimberleyprocess.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages take their rules from one place: no role names or status literals (the permission beans), no field
 * limits of their own (the limits beans, from the entities' constants), no hand-written field blocks (the tags).
 */
class PagesTest {

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
    }

    private static List<String> offending(Pattern pattern, String except) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (Path page : pages()) {
            if (except != null && page.toString().contains(except)) {
                continue;
            }
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    found.add(page + ":" + (i + 1));
                }
            }
        }
        return found;
    }

    @Test
    void thePagesWereRead() throws IOException {
        assertTrue(pages().size() > 30, pages().toString());
    }

    @Test
    void noPageNamesARoleOrAStatus() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("isUserInRole|status(\\(\\))? eq '"), null));
    }

    @Test
    void noPageWritesItsOwnFieldLimit() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("maxlength=\"\\d"), "WEB-INF/tags/date.xhtml"));
    }

    @Test
    void fieldsAreWrittenWithThePortalsTags() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("<div class=\"field"), "WEB-INF/tags/"));
    }
}
