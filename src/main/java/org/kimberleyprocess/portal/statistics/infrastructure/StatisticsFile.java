package org.kimberleyprocess.portal.statistics.infrastructure;

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
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLine;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;

/**
 * A statistics file in the import format: CSV (UTF-8, with or without a byte-order mark, decimal point {@code .}),
 * a header row with exactly the columns {@link #COLUMNS}, one line per row. Read all or nothing: the file is
 * accepted only when every row is good; otherwise every bad row is reported with its line, its column and why (as
 * a message key and its arguments, translated where it is shown).
 */
public final class StatisticsFile {

    public static final List<String> COLUMNS = List.of("participant", "year", "period", "flow", "hs_code", "partner",
            "carats", "value_usd", "certificates");
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_LINES = 200_000;
    /** The last year a file may carry figures for. */
    static final int LAST_YEAR = 2100;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");

    /** Why a row (or the file, at line 0) is refused: a message key and its arguments, at a line and a column. */
    public record Problem(long line, String column, String key, List<Object> arguments) {
        static Problem of(long line, String column, String key, Object... arguments) {
            return new Problem(line, column, key, List.of(arguments));
        }
    }

    private final List<StatisticsLine> lines;
    private final List<Problem> problems;

    private StatisticsFile(List<StatisticsLine> lines, List<Problem> problems) {
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
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
     * Reads a file. {@code mayReport} says for which Participants (by code) the importer may bring figures: a
     * focal point only its own; the Secretariat and the Working Group on Statistics any.
     */
    public static StatisticsFile read(byte[] content, Predicate<String> mayReport) {
        if (content.length > MAX_BYTES) {
            return refused(Problem.of(0, null, "statistics.import.error.size", MAX_BYTES / (1024 * 1024)));
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
        List<StatisticsLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<StatisticsLine.Key, Long> seen = new HashMap<>();
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
                if (record.size() != COLUMNS.size()) {
                    problems.add(Problem.of(line, null, "statistics.import.error.columns", record.size(),
                            COLUMNS.size()));
                    continue;
                }
                Row row = new Row(record, line, problems);
                Optional<StatisticsLine> read = row.read(mayReport);
                if (read.isPresent()) {
                    Long first = seen.putIfAbsent(read.get().key(), line);
                    if (first != null) {
                        problems.add(Problem.of(line, null, "statistics.import.error.duplicate", first));
                    } else {
                        lines.add(read.get());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return refused(Problem.of(0, null, "statistics.import.error.malformed"));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(1, null, "statistics.import.error.empty"));
        }
        return new StatisticsFile(lines, problems);
    }

    private static StatisticsFile refused(Problem problem) {
        return new StatisticsFile(List.of(), List.of(problem));
    }

    /** One row's values, each checked; the problems go to the file's list. */
    private static final class Row {
        private final CSVRecord record;
        private final long line;
        private final List<Problem> problems;
        private boolean failed;

        Row(CSVRecord record, long line, List<Problem> problems) {
            this.record = record;
            this.line = line;
            this.problems = problems;
        }

        Optional<StatisticsLine> read(Predicate<String> mayReport) {
            String participant = value("participant");
            if (!COUNTRY.matcher(participant).matches()) {
                fail("participant", "statistics.import.error.country", participant);
            } else if (!mayReport.test(participant)) {
                fail("participant", "statistics.import.error.notYours", participant);
            }
            Integer year = null;
            String y = value("year");
            if (y.matches("[0-9]{4}") && Integer.parseInt(y) >= StatisticsPeriod.FIRST_YEAR
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
            return record.get(column);
        }

        private void fail(String column, String key, Object... arguments) {
            failed = true;
            problems.add(Problem.of(line, column, key, arguments));
        }
    }
}
