package org.kimberleyprocess.portal.platform.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every capability keeps one shape: the platform imports no capability, queries live in infrastructure only, and
 * no backing bean takes an entity in hand (pages get records).
 */
class ShapeTest {

    private static final Path BASE = Path.of("src/main/java/org/kimberleyprocess/portal");
    private static final Pattern CAPABILITY =
            Pattern.compile("org\\.kimberleyprocess\\.portal\\.(accounts|registry|membership|plenary|reporting|statistics|review|certificates)\\.");
    private static final Pattern QUERY = Pattern.compile("create(Named|Native)?Query\\(|\\bem\\.find\\(");
    private static final Pattern INFRASTRUCTURE_IMPORT =
            Pattern.compile("^import (static )?org\\.kimberleyprocess\\.portal\\.[\\w.]*\\binfrastructure\\.");

    private static List<Path> sources(Predicate<Path> which) {
        try (Stream<Path> files = Files.walk(BASE)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(which).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a source sits in a layer of its capability (or of the platform): {@code <capability>/<layer>/…}. */
    private static boolean inLayer(Path p, String layer) {
        Path relative = BASE.relativize(p);
        return relative.getNameCount() > 2 && relative.getName(1).toString().equals(layer);
    }

    private static List<String> offending(List<Path> files, Pattern pattern) {
        return offending(files, pattern, false);
    }

    /** The places that match, as file:line; {@code code} ignores what string literals say. */
    private static List<String> offending(List<Path> files, Pattern pattern, boolean code) {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = read(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = code ? lines.get(i).replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"") : lines.get(i);
                if (pattern.matcher(line).find()) {
                    found.add(BASE.relativize(file) + ":" + (i + 1));
                }
            }
        }
        return found;
    }

    @Test
    void theSourcesWereRead() {
        assertTrue(sources(p -> true).size() > 100);
        assertTrue(sources(p -> p.startsWith(BASE.resolve("platform"))).size() > 30);
    }

    @Test
    void thePlatformNamesNoCapability() {
        assertEquals(List.of(), offending(sources(p -> p.startsWith(BASE.resolve("platform"))), CAPABILITY));
    }

    /** Every query, the platform's too, sits in an infrastructure package. */
    @Test
    void queriesLiveInInfrastructureOnly() {
        assertEquals(List.of(), offending(sources(p -> !inLayer(p, "infrastructure")), QUERY));
    }

    /** Use cases, pages and resources reach storage, files and demo data through interfaces only. */
    @Test
    void onlyInfrastructureImportsInfrastructure() {
        assertEquals(List.of(), offending(sources(p -> !inLayer(p, "infrastructure")), INFRASTRUCTURE_IMPORT));
    }

    /** One line in every package says what lives there. */
    @Test
    void everyPackageSaysWhatItHolds() {
        List<String> missing = sources(p -> true).stream().map(Path::getParent).distinct()
                .filter(dir -> !Files.exists(dir.resolve("package-info.java"))).map(dir -> BASE.relativize(dir).toString())
                .sorted().toList();
        assertEquals(List.of(), missing);
    }

    /**
     * A backing bean or resource may read an entity's or embeddable's constants (its field limits), never hold, take or
     * return one: pages and the API bind records.
     */
    @Test
    void noBackingBeanHandlesAnEntity() {
        Set<String> entities = sources(p -> true).stream().filter(p -> read(p).contains("\n@Entity") || read(p).contains("\n@Embeddable"))
                .map(p -> p.getFileName().toString().replace(".java", "")).collect(Collectors.toSet());
        assertTrue(entities.size() > 10, entities.toString());
        Pattern used = Pattern.compile("^(?!import |\\s*\\*|\\s*/).*\\b("
                + String.join("|", entities) + ")\\b(?!\\.[A-Z][A-Z0-9_]*\\b)");
        assertEquals(List.of(), offending(sources(p -> inLayer(p, "web") || inLayer(p, "api")), used, true));
    }
}
