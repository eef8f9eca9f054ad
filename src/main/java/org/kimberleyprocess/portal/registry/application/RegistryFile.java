package org.kimberleyprocess.portal.registry.application;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kimberleyprocess.portal.registry.domain.ChairOffice;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * A registry file: CSV in UTF-8 (with or without a byte-order mark), a header line, then one entry per line. The
 * demonstration data ({@code /reference/*.csv}) and the Secretariat's imports use the same three formats, told
 * apart by their header:
 * <ul>
 * <li>states: {@code iso2,name,kind,status,date,reference} and optionally {@code reason}, {@code members} (a
 * REIO's member states, separated by spaces). One line per dated status; a state's lines in date order.</li>
 * <li>Observers: {@code name,kind,since}.</li>
 * <li>Chair terms: {@code year,office,iso2,reference}.</li>
 * </ul>
 * Reading never stops at the first problem: every line is read, and each problem names its line.
 */
public final class RegistryFile {

    public enum Format {
        STATES(List.of("iso2", "name", "kind", "status", "date", "reference"), List.of("reason", "members")),
        OBSERVERS(List.of("name", "kind", "since"), List.of()),
        CHAIR_TERMS(List.of("year", "office", "iso2", "reference"), List.of());

        private final List<String> required;
        private final List<String> optional;

        Format(List<String> required, List<String> optional) {
            this.required = required;
            this.optional = optional;
        }

        boolean accepts(List<String> header) {
            Set<String> columns = new TreeSet<>(header);
            if (columns.size() != header.size() || !columns.containsAll(required)) {
                return false;
            }
            columns.removeAll(required);
            columns.removeAll(optional);
            return columns.isEmpty();
        }

        public String header() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional.stream().map(c -> "[" + c + "]").toList());
            return String.join(",", all);
        }
    }

    /** One entry and the line it came from. */
    public record Line(long number, Object entry) {
    }

    /** The largest file read (a registry holds some hundreds of lines). */
    public static final int MAX_BYTES = 1024 * 1024;

    private final Format format;
    private final List<Line> lines;
    private final List<ImportProblem> problems;

    private RegistryFile(Format format, List<Line> lines, List<ImportProblem> problems) {
        this.format = format;
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
    }

    public Format format() {
        return format;
    }

    public List<Line> lines() {
        return lines;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** Reads a file shipped in the application (the demonstration data); a problem there is a defect. */
    public static RegistryFile resource(String name) {
        try (var in = RegistryFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing registry file " + name);
            }
            RegistryFile file = read(in.readAllBytes());
            if (!file.problems().isEmpty()) {
                throw new IllegalStateException(name + ": " + file.problems());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RegistryFile read(byte[] content) {
        if (content.length > MAX_BYTES) {
            return failed(ImportProblem.of(0, "registry.import.error.size", MAX_BYTES / 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed(ImportProblem.of(0, "registry.import.error.encoding"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Line> lines = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            Format format = Arrays.stream(Format.values()).filter(f -> f.accepts(header)).findFirst().orElse(null);
            if (format == null) {
                return failed(ImportProblem.of(1, "registry.import.error.header", String.join(" | ",
                        Arrays.stream(Format.values()).map(Format::header).toList())));
            }
            LineCounter counter = new LineCounter(text);
            for (CSVRecord record : parser) {
                long number = counter.lineAt(record.getCharacterPosition());
                if (record.size() != header.size()) {
                    problems.add(ImportProblem.of(number, "registry.import.error.columns", record.size(),
                            header.size()));
                    continue;
                }
                Values values = new Values(record, header, number, problems);
                Object entry = switch (format) {
                    case STATES -> new StateEntry(values.text("iso2"), values.text("name"),
                            values.choice("kind", ParticipantKind.class), values.choice("status",
                            ParticipationStatus.class), values.date("date"), values.text("reference"),
                            values.text("reason"), values.codes("members"));
                    case OBSERVERS -> new ObserverEntry(values.text("name"), values.choice("kind", ObserverKind.class),
                            values.date("since"));
                    case CHAIR_TERMS -> new ChairTermEntry(values.year("year"), values.choice("office",
                            ChairOffice.class), values.text("iso2"), values.text("reference"));
                };
                if (!values.failed) {
                    lines.add(new Line(number, entry));
                }
            }
            if (lines.isEmpty() && problems.isEmpty()) {
                problems.add(ImportProblem.of(1, "registry.import.error.empty"));
            }
            return new RegistryFile(format, lines, problems);
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return failed(ImportProblem.of(0, "registry.import.error.malformed"));
        }
    }

    /** The line (from 1) on which a record starts (a quoted value may run over several lines); positions ascend. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long recordPosition) {
            while (position < recordPosition && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            // a record read after ignored empty lines starts where they do
            long start = line;
            for (int i = position; i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r'); i++) {
                if (text.charAt(i) == '\n') {
                    start++;
                }
            }
            return start;
        }
    }

    private static RegistryFile failed(ImportProblem problem) {
        return new RegistryFile(null, List.of(), List.of(problem));
    }

    /** The values of one line, converted; a value that does not convert is a problem of that line. */
    private static final class Values {
        private final CSVRecord record;
        private final List<String> header;
        private final long line;
        private final List<ImportProblem> problems;
        private boolean failed;

        Values(CSVRecord record, List<String> header, long line, List<ImportProblem> problems) {
            this.record = record;
            this.header = header;
            this.line = line;
            this.problems = problems;
        }

        String text(String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                return null;
            }
            String value = record.get(index);
            return value.isEmpty() ? null : value;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return fail("registry.import.error.choice", column, value, String.join(", ",
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return fail("registry.import.error.date", column, value);
            }
        }

        Integer year(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!value.matches("\\d{4}")) {
                return fail("registry.import.error.year", column, value);
            }
            return Integer.valueOf(value);
        }

        List<String> codes(String column) {
            String value = text(column);
            return value == null ? List.of() : List.of(value.split("\\s+"));
        }

        private <T> T fail(String key, Object... arguments) {
            failed = true;
            problems.add(ImportProblem.of(line, key, arguments));
            return null;
        }
    }
}
