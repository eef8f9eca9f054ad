package org.kimberleyprocess.portal.statistics.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Excel files made to hurt a reader that builds the whole workbook in memory, written part by part as a stream: a
 * small file whose sheet holds millions of (mostly empty) cells, or whose shared strings are huge.
 */
public final class HostileWorkbooks {

    private HostileWorkbooks() {
    }

    /**
     * A header row of the import's columns, then {@code rows} rows of {@code cells} styled empty cells each; with
     * {@code references}, every cell names its place ({@code r="AB12"}), which keeps the file's compression ratio
     * within what a zip-bomb check accepts.
     */
    public static byte[] wide(int rows, int cells, boolean references) {
        return workbook(w -> {
            w.write("<row r=\"1\">");
            for (int c = 0; c < StatisticsFile.COLUMNS.size(); c++) {
                w.write("<c r=\"" + column(c) + "1\" t=\"inlineStr\"><is><t>" + StatisticsFile.COLUMNS.get(c)
                        + "</t></is></c>");
            }
            w.write("</row>");
            for (int r = 2; r <= rows + 1; r++) {
                w.write("<row r=\"" + r + "\">");
                for (int c = 0; c < cells; c++) {
                    w.write(references ? "<c r=\"" + column(c) + r + "\" s=\"1\"/>" : "<c s=\"1\"/>");
                }
                w.write("</row>");
            }
        }, null);
    }

    /**
     * A sheet that names one shared string, and a shared strings part of about {@code megabytes} MB of text, varied
     * enough that its compression ratio stays within what a zip-bomb check accepts.
     */
    public static byte[] hugeStrings(int megabytes) {
        java.util.Random random = new java.util.Random(7);
        return workbook(w -> w.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), w -> {
            String filler = "x".repeat(1000);
            w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int i = 0; i < megabytes * 1024; i++) {
                w.write("<si><t>" + filler + String.format("%020d", Math.abs(random.nextLong() % 100_000_000_000L))
                        + "</t></si>");
            }
            w.write("</sst>");
        });
    }

    /** The column letters of a column index (0: A, 26: AA). */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    /** What writes part of a sheet. */
    @FunctionalInterface
    interface Part {
        void write(Writer w) throws IOException;
    }

    private static byte[] workbook(Part sheetData, Part sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                    + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http:"
                    + "//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://"
                    + "schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats"
                    + ".org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" "
                    + "r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                    + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                    + "worksheets/sheet1.xml\"/>" + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\""
                    + "sharedStrings.xml\"/>") + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>");
            sheetData.write(w);
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
            if (sharedStrings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                Writer s = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                s.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
                sharedStrings.write(s);
                s.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
