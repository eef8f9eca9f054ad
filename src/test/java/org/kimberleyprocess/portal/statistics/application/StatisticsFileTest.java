package org.kimberleyprocess.portal.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.statistics.application.StatisticsFile.Problem;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLine;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;

class StatisticsFileTest {

    private static final String HEADER = "participant,year,period,flow,hs_code,partner,carats,value_usd,certificates\n";

    private static StatisticsFile read(String csv) {
        return StatisticsFile.read(csv.getBytes(StandardCharsets.UTF_8), iso -> Optional.empty());
    }

    /** The problems as "line column key". */
    private static List<String> problems(StatisticsFile file) {
        return file.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.key()).toList();
    }

    @Test
    void aGoodFileIsReadWholeWithExactAmounts() {
        StatisticsFile file = read("\uFEFF" + HEADER
                + "BW,2005,Q1,EXPORT,7102.31,BE,1250.5,98000000.25,42\n"
                + "BW,2005,H1,PRODUCTION,7102.10,,15000000,1200000000,\n"
                + "EU,2005,Q2,IMPORT,7102.21,ZA,300,12000.10,3\n");
        assertTrue(file.isAccepted(), file.problems().toString());
        List<StatisticsLine> lines = file.lines();
        assertEquals(3, lines.size());
        StatisticsLine export = lines.get(0);
        assertEquals(Flow.EXPORT, export.flow());
        assertEquals(HsCode.NON_INDUSTRIAL, export.hsCode());
        assertEquals(new BigDecimal("1250.50"), export.carats());
        assertEquals(new BigDecimal("98000000.25"), export.valueUsd());
        assertEquals(42, export.certificates());
        StatisticsLine production = lines.get(1);
        assertEquals("H1", production.period().code());
        assertEquals(null, production.partner());
        assertEquals(null, production.certificates());
        assertEquals("EU", lines.get(2).participant(), "the European Union reports as EU");
    }

    @Test
    void missingOrExtraColumnsRefuseTheWholeFile() {
        assertEquals(List.of("1 null statistics.import.error.header"),
                problems(read("participant,year,period,flow,hs_code,partner,carats,value_usd\nBW,2005,Q1,EXPORT,"
                        + "7102.31,BE,1,1\n")));
        assertEquals(List.of("1 null statistics.import.error.header"),
                problems(read(HEADER.strip() + ",remarks\nBW,2005,Q1,EXPORT,7102.31,BE,1,1,1,x\n")));
        assertEquals(List.of("2 null statistics.import.error.columns"),
                problems(read(HEADER + "BW,2005,Q1,EXPORT,7102.31,BE,1,1\n")));
    }

    @Test
    void everyBadValueIsReportedWithItsLineAndColumnAndNothingIsKept() {
        StatisticsFile file = read(HEADER
                + "BW,2005,Q1,EXPORT,7102.99,BE,10,100,1\n"          // unknown HS code
                + "BW,2005,Q1,EXPORT,7102.31,BE,-5,100,1\n"          // negative carats
                + "BW,2005,Q1,IMPORT,7102.31,BE,ten,100,1\n"         // not a number
                + "BW,2005,Q1,PRODUCTION,7102.10,,10,100,\n"         // production with a quarter
                + "BW,2005,H2,EXPORT,7102.21,BE,10,100,1\n"          // trade with a half-year
                + "BW,2005,H2,PRODUCTION,7102.10,BE,10,100,\n"       // production with a partner
                + "BW,2005,Q3,EXPORT,7102.21,,10,100,1\n"            // trade without a partner
                + "BW,2005,Q3,EXPORT,7102.21,BE,10,1250,5,1\n"       // a decimal comma splits the row
                + "BW,2005,Q4,EXPORT,7102.21,BE,10.123,100,1.5\n"    // three decimals; certificates not whole
                + "BW,1999,Q4,SMUGGLING,7102.21,BE,10,100,1\n");     // year before the Scheme; unknown flow
        assertFalse(file.isAccepted());
        assertTrue(file.lines().isEmpty(), "all or nothing");
        assertEquals(List.of(
                "2 hs_code statistics.import.error.hsCode",
                "3 carats statistics.import.error.amount",
                "4 carats statistics.import.error.amount",
                "5 period statistics.import.error.half",
                "6 period statistics.import.error.quarter",
                "7 partner statistics.import.error.productionPartner",
                "8 partner statistics.import.error.partner",
                "9 null statistics.import.error.columns",
                "10 certificates statistics.import.error.certificates",
                "10 carats statistics.import.error.amount",
                "11 year statistics.import.error.year",
                "11 flow statistics.import.error.flow"), problems(file));
        Problem hs = file.problems().get(0);
        assertEquals(List.of("7102.99"), hs.arguments(), "the value is given back to the reader");
    }

    @Test
    void aDuplicateLineNamesTheFirstOne() {
        StatisticsFile file = read(HEADER + "BW,2005,Q1,EXPORT,7102.31,BE,10,100,1\n"
                + "ZA,2005,Q1,EXPORT,7102.31,BE,10,100,1\n" + "BW,2005,Q1,EXPORT,7102.31,BE,20,200,2\n");
        assertEquals(List.of("4 null statistics.import.error.duplicate"), problems(file));
        assertEquals(List.of(2L), file.problems().get(0).arguments());
    }

    @Test
    void aFocalPointImportsOnlyItsOwnParticipantsRows() {
        StatisticsFile file = StatisticsFile.read((HEADER + "BW,2005,Q1,EXPORT,7102.31,BE,10,100,1\n"
                + "ZA,2005,Q1,EXPORT,7102.31,BE,10,100,1\n").getBytes(StandardCharsets.UTF_8),
                StatisticsFile.Importer.of("BW"::equals));
        assertEquals(List.of("3 participant statistics.import.error.notYours"), problems(file));
    }

    @Test
    void anExcelWorkbookIsReadLikeTheCsvNumbersAsWrittenAndEveryBadRowListedWithItsSpreadsheetRow()
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Exports");
            Object[][] rows = {
                StatisticsFile.COLUMNS.toArray(),
                {"BW", 2005, "Q1", "EXPORT", "7102.31", "BE", 12500.5, 3750000.25, 42},
                {},
                {"BW", 2005, "H1", "PRODUCTION", "7102.10", "", 16000000, 1250000000.1, ""},
                {"BW", 2005, "Q1", "EXPORT", "7102.99", "BE", -3, 10, 1},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(bytes);
        }
        StatisticsFile file = StatisticsFile.read(bytes.toByteArray(), i -> Optional.empty());
        assertEquals(List.of("5 hs_code statistics.import.error.hsCode", "5 carats statistics.import.error.amount"),
                problems(file));

        ByteArrayOutputStream good = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            Row line = sheet.createRow(1);
            Object[] values = {"BW", 2005, "H1", "PRODUCTION", "7102.10", "", 16000000, 1250000000.1, ""};
            for (int c = 0; c < values.length; c++) {
                header.createCell(c).setCellValue(StatisticsFile.COLUMNS.get(c));
                if (values[c] instanceof Number n) {
                    line.createCell(c).setCellValue(n.doubleValue());
                } else {
                    line.createCell(c).setCellValue((String) values[c]);
                }
            }
            workbook.write(good);
        }
        StatisticsLine read = StatisticsFile.read(good.toByteArray(), i -> Optional.empty()).lines().get(0);
        assertEquals(new BigDecimal("16000000.00"), read.carats());
        assertEquals(new BigDecimal("1250000000.10"), read.valueUsd());
        assertEquals(new StatisticsPeriod(2005, "H1"), read.period());
        assertNull(read.partner());
    }

    @Test
    void aWorkbookWithMillionsOfEmptyCellsIsRefusedAtItsBoundWithoutReadingItAll() {
        byte[] wide = HostileWorkbooks.wide(300, 16_000, true);
        assertTrue(wide.length < StatisticsFile.MAX_BYTES, "within the upload limit: " + wide.length);
        long start = System.nanoTime();
        StatisticsFile file = StatisticsFile.read(wide, i -> Optional.empty());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("0 null statistics.import.error.cells"), problems(file));
        assertTrue(millis < 10_000, "refused in " + millis + " ms");
        // squeezed harder (1,300 rows of 16,000 cells in a few kilobytes), it is refused as a zip bomb at once
        assertEquals(List.of("0 null statistics.import.error.workbook"),
                problems(StatisticsFile.read(HostileWorkbooks.wide(1_300, 16_000, false), i -> Optional.empty())));
    }

    @Test
    void aWorkbookWhoseSharedStringsPassTheirBoundIsRefused() {
        assertEquals(List.of("0 null statistics.import.error.workbookSize"),
                problems(StatisticsFile.read(HostileWorkbooks.hugeStrings(70), i -> Optional.empty())));
    }

    @Test
    void aFileFullOfErrorsReportsTheFirstThousandAndCountsTheLinesNotChecked() {
        StringBuilder bad = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            bad.append("BW,2005,Q1,EXPORT,7102.99,BE,1,1,1\n");
        }
        StatisticsFile file = read(bad.toString());
        assertEquals(StatisticsFile.MAX_PROBLEMS, file.problems().size());
        assertEquals("2 hs_code statistics.import.error.hsCode", problems(file).get(0));
        assertEquals(4_000, file.uncheckedLines());
    }

    @Test
    void aTradeLineWithTheReportingParticipantAsItsPartnerIsRefused() {
        assertEquals(List.of("2 partner statistics.import.error.ownPartner"),
                problems(read(HEADER + "BW,2005,Q1,EXPORT,7102.31,BW,10,100,1\n")));
    }

    @Test
    void aFormsGridIsReadWithTheSameRulesEmptyRowsSkipped() {
        Map<String, String> good = Map.of("participant", "CA", "year", "2005", "period", "Q2", "flow", "IMPORT",
                "hs_code", "7102.31", "partner", "BW", "carats", "10.5", "value_usd", "2000", "certificates", "1");
        Map<String, String> empty = Map.of("participant", "CA", "year", "2005", "period", "Q2", "flow", "IMPORT");
        Map<String, String> bad = new HashMap<>(good);
        bad.put("carats", "10,5");
        StatisticsFile file = StatisticsFile.read(List.of(good, empty, bad), i -> Optional.empty());
        assertEquals(List.of("3 carats statistics.import.error.amount"), problems(file));
        assertEquals(1, StatisticsFile.read(List.of(good, empty), i -> Optional.empty()).lines().size());
    }

    @Test
    void anEmptyFileAFileOverTheLimitsAndANonUtf8FileAreRefusedWithWhy() {
        assertEquals(List.of("1 null statistics.import.error.empty"), problems(read(HEADER)));
        assertEquals(List.of("1 null statistics.import.error.header"), problems(read("")));
        byte[] latin1 = (HEADER + "BW,2005,Q1,EXPORT,7102.31,CI,10,100,1\n# Côte d'Ivoire\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("0 null statistics.import.error.encoding"),
                problems(StatisticsFile.read(latin1, i -> Optional.empty())));
        byte[] huge = new byte[(int) StatisticsFile.MAX_BYTES + 1];
        assertEquals(List.of("0 null statistics.import.error.size"),
                problems(StatisticsFile.read(huge, i -> Optional.empty())));
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= StatisticsFile.MAX_LINES; i++) {
            many.append("BW,2005,Q1,EXPORT,7102.31,").append((char) ('A' + i / 26 % 26)).append((char) ('A' + i % 26))
                    .append(",1,1,").append(i).append('\n');
        }
        List<String> tooMany = problems(read(many.toString()));
        assertEquals(1, tooMany.size());
        assertTrue(tooMany.get(0).endsWith("statistics.import.error.lines"), tooMany.toString());
    }
}
