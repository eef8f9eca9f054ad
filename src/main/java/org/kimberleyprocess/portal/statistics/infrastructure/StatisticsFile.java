package org.kimberleyprocess.portal.statistics.infrastructure;

import java.io.ByteArrayInputStream;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kimberleyprocess.portal.platform.files.FileType;
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
    /** The last year a file may carry figures for. */
    static final int LAST_YEAR = 2100;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
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

    private StatisticsFile(List<StatisticsLine> lines, List<Problem> problems, Map<StatisticsLine.Key, Long> numbers) {
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
        this.lineNumbers = numbers;
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

    /** The first sheet of an Excel workbook: a header row, then one row per line (empty rows are skipped). */
    private static StatisticsFile readWorkbook(byte[] content, Importer importer) {
        Collector collector = new Collector(importer);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() - sheet.getFirstRowNum() > MAX_LINES) {
                return refused(Problem.of(0, null, "statistics.import.error.lines", MAX_LINES));
            }
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> names = new ArrayList<>();
            if (header != null) {
                for (int c = 0; c < Math.max(0, header.getLastCellNum()); c++) {
                    names.add(text(header.getCell(c)).toLowerCase(Locale.ROOT));
                }
            }
            while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
                names.remove(names.size() - 1);
            }
            if (!names.equals(COLUMNS)) {
                return refused(Problem.of(sheet.getFirstRowNum() + 1L, null, "statistics.import.error.header",
                        String.join(",", COLUMNS)));
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), COLUMNS.size()); c++) {
                    values.add(text(row.getCell(c)));
                }
                while (values.size() > COLUMNS.size() && values.get(values.size() - 1).isEmpty()) {
                    values.remove(values.size() - 1);
                }
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                collector.row(r + 1L, values.size(), c -> values.get(COLUMNS.indexOf(c)));
            }
        } catch (IOException | RuntimeException e) {
            return refused(Problem.of(0, null, "statistics.import.error.workbook"));
        }
        return collector.file();
    }

    /** A cell as the text the CSV would hold: numbers without a thousands separator or trailing zeros. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** Gathers the good lines and every problem, and refuses a repeated line. */
    private static final class Collector {
        private final Importer importer;
        private final List<StatisticsLine> lines = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<StatisticsLine.Key, Long> seen = new HashMap<>();

        Collector(Importer importer) {
            this.importer = importer;
        }

        void row(long line, int size, Function<String, String> values) {
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
            return new StatisticsFile(lines, problems, seen);
        }
    }

    private static StatisticsFile refused(Problem problem) {
        return new StatisticsFile(List.of(), List.of(problem), Map.of());
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
            if (!COUNTRY.matcher(participant).matches()) {
                fail("participant", "statistics.import.error.country", participant);
            } else if (importer.refusal(participant).isPresent()) {
                fail("participant", importer.refusal(participant).get(), participant);
            }
            Integer year = null;
            String y = value("year");
            if (YEAR.matcher(y).matches() && Integer.parseInt(y) >= StatisticsPeriod.FIRST_YEAR
                    && Integer.parseInt(y) <= LAST_YEAR) {
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
                if (!COUNTRY.matcher(partner).matches()) {
                    fail("partner", "statistics.import.error.partner", partner);
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
