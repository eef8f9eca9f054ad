package org.kimberleyprocess.portal.platform.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of an Excel workbook's (.xlsx) first sheet, read as a stream and bounded while reading, so that no upload
 * can take the server's memory or time: the sheet's XML is parsed as it is decompressed (Apache POI's event API,
 * with its hardened XML reader), never built as a workbook; only the first {@code columns} columns of a row are
 * kept; the rows, the cells (empty ones too), the bytes of every part and the shared strings are counted against
 * {@link Bounds}, and reading stops at the first bound passed. Styles, formulas and everything else the workbook
 * holds are never read. Each row goes to a {@link RowHandler} as the text a CSV would hold.
 */
public final class SpreadsheetRows {

    /** What a workbook may hold before reading stops. */
    public record Bounds(int columns, long rows, long cells, long sheetBytes, long sharedStringBytes,
                         int sharedStrings, long sharedStringChars) {
    }

    /** One row: its number in the sheet (from 1), its first {@code columns} values and whether it holds more. */
    @FunctionalInterface
    public interface RowHandler {
        /** Returns false to stop reading. */
        boolean row(long number, List<String> values, int width);
    }

    /** Why reading stopped before the end: a bound passed, or a file that is no workbook. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** What stopped it. */
        public enum Reason { NOT_A_WORKBOOK, ROWS, CELLS, TOO_LARGE }

        private final Reason reason;

        Refused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** The longest text a cell holds in Excel. */
    private static final int CELL_CHARS = 32_767;

    private SpreadsheetRows() {
    }

    /** Reads the first worksheet of a workbook given as bytes. */
    public static void read(byte[] content, Bounds bounds, RowHandler handler) throws Refused {
        Objects.requireNonNull(bounds, "bounds are required");
        Path file = null;
        try {
            file = Files.createTempFile("kpcs-sheet-", ".xlsx");
            Files.write(file, content);
            readFile(file, bounds, handler);
        } catch (IOException e) {
            throw new Refused(Refused.Reason.NOT_A_WORKBOOK);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    private static void readFile(Path file, Bounds bounds, RowHandler handler) throws Refused, IOException {
        // ZipSecureFile reads the central directory and inflates entries only on demand; a damaged zip fails here
        // instead of falling back to POI's in-memory reading of every entry
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new Refused(Refused.Reason.NOT_A_WORKBOOK);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
        } catch (InvalidFormatException | RuntimeException e) {
            zip.close();
            throw new Refused(Refused.Reason.NOT_A_WORKBOOK);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = SharedStrings.read(reader, bounds);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!XSSFRelation.WORKSHEET.getContentType().equals(sheets.getSheetPart().getContentType())) {
                        continue;
                    }
                    parse(new Bounded(sheet, bounds.sheetBytes()), new SheetHandler(strings, bounds, handler));
                    return;
                }
            }
            throw new Refused(Refused.Reason.NOT_A_WORKBOOK);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new Refused(Refused.Reason.NOT_A_WORKBOOK);
        } finally {
            pkg.revert();
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws Refused, IOException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (Stop stop) {
            if (stop.refused != null) {
                throw stop.refused;
            }
        } catch (TooLarge e) {
            throw new Refused(Refused.Reason.TOO_LARGE);
        } catch (SAXException | ParserConfigurationException e) {
            if (e.getCause() instanceof TooLarge) {
                throw new Refused(Refused.Reason.TOO_LARGE);
            }
            throw new Refused(Refused.Reason.NOT_A_WORKBOOK);
        }
    }

    /** Ends the parsing early: at a bound passed (refused) or because the handler has seen enough. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient Refused refused;

        Stop(Refused refused) {
            this.refused = refused;
        }
    }

    /** A part's bytes beyond its bound. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A stream that fails once more than its bound of (decompressed) bytes has been read. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }
    }

    /**
     * The workbook's shared strings, kept compactly (one character buffer and the offsets into it), within the
     * bounds on their count and characters.
     */
    private static final class SharedStrings extends DefaultHandler {
        private final Bounds bounds;
        private final StringBuilder chars = new StringBuilder();
        private int[] ends = new int[1024];
        private int count;
        private boolean inItem;
        private boolean inText;
        private boolean inPhonetic;

        private SharedStrings(Bounds bounds) {
            this.bounds = bounds;
        }

        static SharedStrings read(XSSFReader reader, Bounds bounds) throws Refused, IOException {
            SharedStrings strings = new SharedStrings(bounds);
            InputStream data;
            try {
                data = reader.getSharedStringsData();
            } catch (InvalidFormatException e) {
                throw new Refused(Refused.Reason.NOT_A_WORKBOOK);
            }
            if (data != null) {
                try (InputStream in = new Bounded(data, bounds.sharedStringBytes())) {
                    parse(in, strings);
                }
            }
            return strings;
        }

        String get(int index) {
            if (index < 0 || index >= count) {
                return "";
            }
            int start = index == 0 ? 0 : ends[index - 1];
            return chars.substring(start, ends[index]);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "si" -> inItem = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inItem && !inPhonetic;
                default -> {
                    // other markup of a string (runs, fonts) carries no text of its own
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "si" -> {
                    inItem = false;
                    if (count == bounds.sharedStrings()) {
                        throw new Stop(new Refused(Refused.Reason.TOO_LARGE));
                    }
                    if (count == ends.length) {
                        ends = Arrays.copyOf(ends, Math.min(ends.length * 2, bounds.sharedStrings()));
                    }
                    ends[count++] = chars.length();
                }
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                    // nothing to close
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inText) {
                if (chars.length() + (long) length > bounds.sharedStringChars()) {
                    throw new Stop(new Refused(Refused.Reason.TOO_LARGE));
                }
                chars.append(ch, start, length);
            }
        }
    }

    /** The sheet's rows, as they are parsed. */
    private static final class SheetHandler extends DefaultHandler {
        private final SharedStrings strings;
        private final Bounds bounds;
        private final RowHandler handler;
        private final StringBuilder text = new StringBuilder();
        private final String[] values;
        private long rowNumber;
        private long rows;
        private long cells;
        private int column;
        private int width;
        private String cellType;
        private int cellColumn;
        private boolean inValue;
        private boolean inInline;

        SheetHandler(SharedStrings strings, Bounds bounds, RowHandler handler) {
            this.strings = strings;
            this.bounds = bounds;
            this.handler = handler;
            this.values = new String[bounds.columns()];
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    long number = r == null ? rowNumber + 1 : parseRow(r, rowNumber + 1);
                    rowNumber = Math.max(number, rowNumber + 1);
                    if (++rows > bounds.rows()) {
                        throw new Stop(new Refused(Refused.Reason.ROWS));
                    }
                    Arrays.fill(values, "");
                    column = -1;
                    width = 0;
                }
                case "c" -> {
                    if (++cells > bounds.cells()) {
                        throw new Stop(new Refused(Refused.Reason.CELLS));
                    }
                    String r = attributes.getValue("r");
                    cellColumn = r == null ? column + 1 : columnOf(r, column + 1);
                    column = cellColumn;
                    cellType = attributes.getValue("t");
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "t" -> inValue = inInline;
                case "rPh" -> inValue = false;
                default -> {
                    // formulas and other markup: only a cell's value is read
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> cell();
                case "row" -> {
                    if (!handler.row(rowNumber, List.of(values.clone()), width)) {
                        throw new Stop(null);
                    }
                }
                default -> {
                    // nothing to close
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue && text.length() < CELL_CHARS) {
                text.append(ch, start, Math.min(length, CELL_CHARS - text.length()));
            }
        }

        private void cell() {
            String value = value();
            if (value.isEmpty()) {
                return;
            }
            width = Math.max(width, cellColumn + 1);
            if (cellColumn < values.length) {
                values[cellColumn] = value;
            }
        }

        /** A cell's value as the CSV would hold it: numbers without trailing zeros, text stripped. */
        private String value() {
            String raw = text.toString();
            if (cellType == null || "n".equals(cellType)) {
                if (raw.isBlank()) {
                    return "";
                }
                try {
                    return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return raw.strip();
                }
            }
            return switch (cellType) {
                case "s" -> {
                    try {
                        yield strings.get(Integer.parseInt(raw.strip())).strip();
                    } catch (NumberFormatException e) {
                        yield "";
                    }
                }
                case "b" -> "1".equals(raw.strip()) ? "true" : "false";
                case "e" -> "";
                default -> raw.strip();
            };
        }

        private static long parseRow(String r, long fallback) {
            try {
                return Long.parseLong(r.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        /** The column (from 0) of a cell reference such as {@code AB12}. */
        private static int columnOf(String reference, int fallback) {
            int column = 0;
            int i = 0;
            while (i < reference.length() && Character.isLetter(reference.charAt(i)) && i < 4) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                i++;
            }
            return i == 0 ? fallback : column - 1;
        }
    }
}
