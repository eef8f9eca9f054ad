package org.kimberleyprocess.portal.statistics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLine;
import org.kimberleyprocess.portal.statistics.infrastructure.StatisticsFile.Problem;

class StatisticsFileTest {

    private static final String HEADER = "participant,year,period,flow,hs_code,partner,carats,value_usd,certificates\n";

    private static StatisticsFile read(String csv) {
        return StatisticsFile.read(csv.getBytes(StandardCharsets.UTF_8), iso -> true);
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
                + "ZA,2005,Q1,EXPORT,7102.31,BE,10,100,1\n").getBytes(StandardCharsets.UTF_8), "BW"::equals);
        assertEquals(List.of("3 participant statistics.import.error.notYours"), problems(file));
    }

    @Test
    void anEmptyFileAFileOverTheLimitsAndANonUtf8FileAreRefusedWithWhy() {
        assertEquals(List.of("1 null statistics.import.error.empty"), problems(read(HEADER)));
        assertEquals(List.of("1 null statistics.import.error.header"), problems(read("")));
        byte[] latin1 = (HEADER + "BW,2005,Q1,EXPORT,7102.31,CI,10,100,1\n# Côte d'Ivoire\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("0 null statistics.import.error.encoding"), problems(StatisticsFile.read(latin1, i -> true)));
        byte[] huge = new byte[(int) StatisticsFile.MAX_BYTES + 1];
        assertEquals(List.of("0 null statistics.import.error.size"), problems(StatisticsFile.read(huge, i -> true)));
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
