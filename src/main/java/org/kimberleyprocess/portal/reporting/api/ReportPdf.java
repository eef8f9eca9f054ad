package org.kimberleyprocess.portal.reporting.api;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.reporting.application.PrintedReport;

/**
 * A report as PDF (OpenPDF), in the reader's language. The text is set in Liberation Sans, embedded (subset) with
 * its Latin and Cyrillic glyphs, so that French, Portuguese, Spanish and Russian read the same on any machine.
 */
@ApplicationScoped
public class ReportPdf {

    private static final Color GREY = new Color(90, 90, 90);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private volatile BaseFont regular;
    private volatile BaseFont bold;

    public byte[] render(PrintedReport report, Language language) {
        Font title = new Font(bold(), 16);
        Font heading = new Font(bold(), 12);
        Font question = new Font(bold(), 10);
        Font text = new Font(regular(), 10);
        Font note = new Font(regular(), 9, Font.NORMAL, GREY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
            String heading0 = Messages.text(language, "reporting.pdf.title", report.year(), report.participant());
            document.addTitle(heading0);
            document.addCreator("KPCS Portal");
            document.open();
            document.add(new Paragraph(heading0, title));
            document.add(new Paragraph(Messages.text(language, "reporting.pdf.state",
                    Messages.text(language, "ReportStatus." + report.status().name()), report.revision(),
                    report.questionnaire(), report.asOf() == null ? "—" : UTC.format(report.asOf())), note));
            for (PrintedReport.PrintedSection section : report.sections()) {
                Paragraph h = new Paragraph(section.code() + ". " + section.title(), heading);
                h.setSpacingBefore(14);
                h.setSpacingAfter(4);
                document.add(h);
                for (PrintedReport.PrintedAnswer a : section.answers()) {
                    Paragraph q = new Paragraph(a.code() + "  " + a.question(), question);
                    q.setSpacingBefore(6);
                    document.add(q);
                    Paragraph answer = a.answer() == null
                            ? new Paragraph(Messages.text(language, "reporting.pdf.notAnswered"), note)
                            : new Paragraph(a.answer(), text);
                    if (a.kpOnly()) {
                        answer.add(new Chunk("  [" + Messages.text(language, "reporting.pdf.kpOnly") + "]", note));
                    }
                    answer.setIndentationLeft(12);
                    document.add(answer);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private BaseFont regular() {
        if (regular == null) {
            regular = font("liberation/LiberationSans-Regular.ttf");
        }
        return regular;
    }

    private BaseFont bold() {
        if (bold == null) {
            bold = font("liberation/LiberationSans-Bold.ttf");
        }
        return bold;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.indexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
