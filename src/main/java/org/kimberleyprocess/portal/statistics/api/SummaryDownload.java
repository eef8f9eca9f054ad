package org.kimberleyprocess.portal.statistics.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.statistics.application.Summary;
import org.kimberleyprocess.portal.statistics.application.SummaryRow;

/**
 * A year's figures of a flow as a file to download, in the reader's language: CSV (UTF-8, every value quoted) or
 * Excel (written as a stream, a window of rows in memory). One row per Participant (its code and name, carats, US
 * dollars, dollars per carat), headed by the columns' names.
 */
final class SummaryDownload {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SummaryDownload() {
    }

    static Response csv(Summary summary, Language language) {
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(line(headings(language)));
            for (SummaryRow r : summary.participants()) {
                w.write(line(List.of(r.participant() + " " + r.name(), plain(r.carats()), plain(r.valueUsd()),
                        plain(r.usdPerCarat()))));
            }
            w.flush();
        };
        return file(Response.ok(body, "text/csv; charset=UTF-8"), summary, "csv");
    }

    static Response xlsx(Summary summary, Language language) {
        StreamingOutput body = out -> {
            try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
                Sheet sheet = book.createSheet(Messages.text(language, "Flow." + summary.flow().name()) + " "
                        + summary.year());
                Row head = sheet.createRow(0);
                List<String> headings = headings(language);
                for (int c = 0; c < headings.size(); c++) {
                    head.createCell(c).setCellValue(headings.get(c));
                }
                int r = 1;
                for (SummaryRow row : summary.participants()) {
                    Row x = sheet.createRow(r++);
                    x.createCell(0).setCellValue(row.participant() + " " + row.name());
                    number(x, 1, row.carats());
                    number(x, 2, row.valueUsd());
                    number(x, 3, row.usdPerCarat());
                }
                book.write(out);
                book.dispose();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        return file(Response.ok(body, XLSX), summary, "xlsx");
    }

    private static Response file(Response.ResponseBuilder response, Summary summary, String extension) {
        return response.header("Content-Disposition", "attachment; filename=\"kp-"
                + summary.flow().name().toLowerCase(Locale.ROOT) + "-" + summary.year() + "." + extension + "\"")
                .build();
    }

    private static List<String> headings(Language language) {
        return List.of(Messages.text(language, "statistics.participant"), Messages.text(language, "statistics.carats"),
                Messages.text(language, "statistics.value"), Messages.text(language, "statistics.perCarat"));
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String line(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ",").append('"').append(values.get(i).replace("\"", "\"\"")).append('"');
        }
        return b.append("\r\n").toString();
    }
}
