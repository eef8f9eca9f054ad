package org.kimberleyprocess.portal.statistics.application;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.platform.files.FileType;
import org.kimberleyprocess.portal.platform.files.SpreadsheetRows;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLine;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;

/**
 * A statistics file in the import format: CSV (UTF-8, with or without a byte-order mark, decimal point {@code .})
 * or an Excel workbook (.xlsx, its first sheet), a header row with exactly the columns {@link #COLUMNS}, one line per row. Read all or nothing: the file is
 * accepted only when every row is good; otherwise every bad row is reported with its line, its column and why (as
 * a message key and its arguments, translated where it is shown).
 */
public final class StatisticsFile {

    public static final List<String> COLUMNS = List.of("participant", "year", "period", "flow", "hs_code", "partner",
            "carats", "value_usd", "certificates");
    public static final long MAX_BYTES = FileType.MAX_DATA_BYTES;
    public static final int MAX_LINES = 200_000;
    /** The problems a refused file reports at most; the lines after the last of them are counted, not checked. */
    public static final int MAX_PROBLEMS = 1_000;
    /**
     * What an Excel file may hold: the header and {@link #MAX_LINES} rows, twice the cells of so many rows of the
     * {@link #COLUMNS} (empty cells count too), and parts no larger than a file of that many lines needs.
     */
    static final SpreadsheetRows.Bounds WORKBOOK = new SpreadsheetRows.Bounds(9, MAX_LINES + 1L,
            2L * (MAX_LINES + 1) * 9, 256L * 1024 * 1024, 64L * 1024 * 1024, 2_000_000, 16_000_000L);
    /** The last year a file may carry figures for. */
    static final int LAST_YEAR = 2100;

    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /** Why a row (or the file, at line 0) is refused: a message key and its arguments, at a line and a column. */
    public record Problem(long line, String column, String key, List<Object> arguments) {
        static Problem of(long line, String column, String key, Object... arguments) {
            return new Problem(line, column, key, List.of(arguments));
        }
    }

    /**
     * For which Participants the one who imports may bring figures (a focal point only its own; the Secretariat and
     * the Working Group on Statistics any that the registry holds): empty when it may, else why not, as a message
     * key taking the code as its argument.
     */
    @FunctionalInterface
    public interface Importer {
        Optional<String> refusal(String participant);

        /** One who may bring figures for the Participants {@code may} accepts, and none other (not theirs). */
        static Importer of(Predicate<String> may) {
            return iso -> may.test(iso) ? Optional.empty() : Optional.of("statistics.import.error.notYours");
        }
    }

    private final List<StatisticsLine> lines;
    private final List<Problem> problems;
    private final Map<StatisticsLine.Key, Long> lineNumbers;
    private final long uncheckedLines;

    private StatisticsFile(List<StatisticsLine> lines, List<Problem> problems, Map<StatisticsLine.Key, Long> numbers,
                           long uncheckedLines) {
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
        this.lineNumbers = numbers;
        this.uncheckedLines = uncheckedLines;
    }

    /** The lines not checked because the file had {@link #MAX_PROBLEMS} problems before them. */
    public long uncheckedLines() {
        return uncheckedLines;
    }

    /** The line of the file (or row of the grid) a line was read from. */
    public long lineOf(StatisticsLine line) {
        return lineNumbers.getOrDefault(line.key(), 0L);
    }

    /** Whether every row is good (then {@link #lines} holds them all). */
    public boolean isAccepted() {
        return problems.isEmpty();
    }

    public List<StatisticsLine> lines() {
        return isAccepted() ? lines : List.of();
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * Reads a file: an Excel workbook (.xlsx, its first sheet) or else CSV. {@code importer} says for which
     * Participants (by code) the one who imports may bring figures.
     */
    public static StatisticsFile read(byte[] content, Importer importer) {
        if (content.length > MAX_BYTES) {
            return refused(Problem.of(0, null, "statistics.import.error.size", MAX_BYTES / (1024 * 1024)));
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return readWorkbook(content, importer);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return refused(Problem.of(0, null, "statistics.import.error.encoding"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        Collector collector = new Collector(importer);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(COLUMNS)) {
                return refused(Problem.of(1, null, "statistics.import.error.header", String.join(",", COLUMNS)));
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (line - 1 > MAX_LINES) {
                    return refused(Problem.of(line, null, "statistics.import.error.lines", MAX_LINES));
                }
                collector.row(line, record.size(), record::get);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return refused(Problem.of(0, null, "statistics.import.error.malformed"));
        }
        return collector.file();
    }

    /**
     * Reads rows given as column-to-value maps (a form's grid), numbered from 1, with the same rules as a file.
     */
    public static StatisticsFile read(List<Map<String, String>> rows, Importer importer) {
        Collector collector = new Collector(importer);
        long line = 0;
        for (Map<String, String> row : rows) {
            line++;
            if (COLUMNS.stream().skip(4).allMatch(c -> row.getOrDefault(c, "").isBlank())) {
                continue;
            }
            collector.row(line, COLUMNS.size(), c -> row.getOrDefault(c, "").strip());
        }
        return collector.file();
    }

    /**
     * The first sheet of an Excel workbook: a header row, then one row per line (empty rows are skipped). Read as a
     * stream within {@link #WORKBOOK}: a sheet with more rows or cells than a file of {@link #MAX_LINES} lines could
     * hold is refused as soon as it passes them.
     */
    private static StatisticsFile readWorkbook(byte[] content, Importer importer) {
        Collector collector = new Collector(importer);
        long[] header = {0};
        Problem[] refusal = {null};
        try {
            SpreadsheetRows.read(content, WORKBOOK, (number, values, width) -> {
                if (header[0] == 0) {
                    header[0] = number;
                    List<String> names = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(COLUMNS) || width > COLUMNS.size()) {
                        refusal[0] = Problem.of(number, null, "statistics.import.error.header",
                                String.join(",", COLUMNS));
                        return false;
                    }
                    return true;
                }
                if (width == 0) {
                    return true;
                }
                collector.row(number, Math.max(width, COLUMNS.size()), c -> values.get(COLUMNS.indexOf(c)));
                return true;
            });
        } catch (SpreadsheetRows.Refused e) {
            return refused(switch (e.reason()) {
                case ROWS -> Problem.of(0, null, "statistics.import.error.lines", MAX_LINES);
                case CELLS -> Problem.of(0, null, "statistics.import.error.cells", MAX_LINES, COLUMNS.size());
                case TOO_LARGE -> Problem.of(0, null, "statistics.import.error.workbookSize");
                case NOT_A_WORKBOOK -> Problem.of(0, null, "statistics.import.error.workbook");
            });
        }
        if (refusal[0] != null) {
            return refused(refusal[0]);
        }
        if (header[0] == 0) {
            return refused(Problem.of(1, null, "statistics.import.error.header", String.join(",", COLUMNS)));
        }
        return collector.file();
    }

    /**
     * Gathers the good lines and the problems, and refuses a repeated line. After {@link #MAX_PROBLEMS} problems the
     * rest of the file is only counted: those lines are not checked, and the file says how many they are.
     */
    private static final class Collector {
        private final Importer importer;
        private final List<StatisticsLine> lines = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<StatisticsLine.Key, Long> seen = new HashMap<>();
        private long unchecked;

        Collector(Importer importer) {
            this.importer = importer;
        }

        void row(long line, int size, Function<String, String> values) {
            if (problems.size() >= MAX_PROBLEMS) {
                unchecked++;
                return;
            }
            if (size != COLUMNS.size()) {
                problems.add(Problem.of(line, null, "statistics.import.error.columns", size, COLUMNS.size()));
                return;
            }
            Optional<StatisticsLine> read = new RowReader(values, line, problems).read(importer);
            if (read.isPresent()) {
                Long first = seen.putIfAbsent(read.get().key(), line);
                if (first != null) {
                    problems.add(Problem.of(line, null, "statistics.import.error.duplicate", first));
                } else {
                    lines.add(read.get());
                }
            }
        }

        StatisticsFile file() {
            if (lines.isEmpty() && problems.isEmpty()) {
                problems.add(Problem.of(1, null, "statistics.import.error.empty"));
            }
            List<Problem> kept = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
            return new StatisticsFile(lines, kept, seen, unchecked);
        }
    }

    private static StatisticsFile refused(Problem problem) {
        return new StatisticsFile(List.of(), List.of(problem), Map.of(), 0);
    }

    /** One row's values, each checked; the problems go to the file's list. */
    private static final class RowReader {
        private final Function<String, String> values;
        private final long line;
        private final List<Problem> problems;
        private boolean failed;

        RowReader(Function<String, String> values, long line, List<Problem> problems) {
            this.values = values;
            this.line = line;
            this.problems = problems;
        }

        Optional<StatisticsLine> read(Importer importer) {
            String participant = value("participant");
            if (!IsoCode.isWellFormed(participant)) {
                fail("participant", "statistics.import.error.country", participant);
            } else if (importer.refusal(participant).isPresent()) {
                fail("participant", importer.refusal(participant).get(), participant);
            }
            Integer year = null;
            String y = value("year");
            if (YEAR.matcher(y).matches() && ReportingYear.between(Integer.parseInt(y), LAST_YEAR)) {
                year = Integer.valueOf(y);
            } else {
                fail("year", "statistics.import.error.year", y, StatisticsPeriod.FIRST_YEAR);
            }
            Flow flow = null;
            try {
                flow = Flow.valueOf(value("flow"));
            } catch (IllegalArgumentException e) {
                fail("flow", "statistics.import.error.flow", value("flow"));
            }
            StatisticsPeriod period = null;
            if (flow != null && year != null) {
                period = StatisticsPeriod.of(year, value("period"), flow).orElse(null);
                if (period == null) {
                    fail("period", flow.isTrade() ? "statistics.import.error.quarter" : "statistics.import.error.half",
                            value("period"));
                }
            }
            HsCode hs = HsCode.of(value("hs_code")).orElse(null);
            if (hs == null) {
                fail("hs_code", "statistics.import.error.hsCode", value("hs_code"));
            }
            String partner = value("partner");
            Integer certificates = null;
            if (flow != null && flow.isTrade()) {
                if (!IsoCode.isWellFormed(partner)) {
                    fail("partner", "statistics.import.error.partner", partner);
                } else if (partner.equals(participant)) {
                    fail("partner", "statistics.import.error.ownPartner", partner);
                }
                if (WHOLE.matcher(value("certificates")).matches()) {
                    certificates = Integer.valueOf(value("certificates"));
                } else {
                    fail("certificates", "statistics.import.error.certificates", value("certificates"));
                }
            } else if (flow != null) {
                if (!partner.isEmpty()) {
                    fail("partner", "statistics.import.error.productionPartner", partner);
                }
                if (!value("certificates").isEmpty()) {
                    fail("certificates", "statistics.import.error.productionCertificates", value("certificates"));
                }
                partner = null;
            }
            BigDecimal carats = amount("carats");
            BigDecimal value = amount("value_usd");
            if (failed) {
                return Optional.empty();
            }
            return Optional.of(new StatisticsLine(participant, period, flow, hs, partner, carats, value,
                    certificates));
        }

        private BigDecimal amount(String column) {
            String v = value(column);
            if (!AMOUNT.matcher(v).matches()) {
                fail(column, "statistics.import.error.amount", v);
                return null;
            }
            return new BigDecimal(v).setScale(2);
        }

        private String value(String column) {
            return values.apply(column);
        }

        private void fail(String column, String key, Object... arguments) {
            failed = true;
            problems.add(Problem.of(line, column, key, arguments));
        }
    }
}
