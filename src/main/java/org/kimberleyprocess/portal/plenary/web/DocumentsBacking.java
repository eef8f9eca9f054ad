package org.kimberleyprocess.portal.plenary.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;
import org.kimberleyprocess.portal.plenary.application.LibraryDocumentView;
import org.kimberleyprocess.portal.plenary.application.LibraryService;
import org.kimberleyprocess.portal.plenary.application.MeetingService;
import org.kimberleyprocess.portal.plenary.application.MeetingSummary;
import org.kimberleyprocess.portal.plenary.application.NewLibraryDocument;
import org.kimberleyprocess.portal.plenary.domain.LibraryDocument;
import org.kimberleyprocess.portal.plenary.domain.LibraryKind;

/**
 * The document library (documents.xhtml): a search by title, kind and year (a GET form, so a search is a link), the
 * documents found with their languages; the Secretariat adds documents and files in further languages.
 */
@Named
@RequestScoped
public class DocumentsBacking {

    @Inject
    private LibraryService library;

    @Inject
    private MeetingService meetings;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private PlenaryCan can;

    private String q;
    private LibraryKind kind;
    private Integer year;
    private List<LibraryDocumentView> found;

    private String title;
    private LibraryKind newKind = LibraryKind.REPORT;
    private String newYear;
    private boolean kpOnly;
    private Long meeting;
    private Language fileLanguage;
    private transient Part file;
    private Long document;

    @PostConstruct
    void search() {
        q = Pages.parameter("q").orElse(null);
        kind = Pages.parameter("kind").flatMap(k -> java.util.Arrays.stream(LibraryKind.values())
                .filter(x -> x.name().equals(k)).findFirst()).orElse(null);
        year = Pages.intParameter("year").orElse(null);
        found = library.search(q, kind, year);
        fileLanguage = language.get();
    }

    public String add() {
        if (file == null || file.getSize() == 0) {
            messages.error("add:file", "plenary.library.error.noFile");
            return null;
        }
        Integer y = newYear != null && newYear.strip().matches("[0-9]{4}") ? Integer.valueOf(newYear.strip()) : null;
        try (InputStream in = file.getInputStream()) {
            return messages.perform(() -> library.add(new NewLibraryDocument(title, newKind, y, kpOnly, meeting,
                    fileLanguage), file.getSubmittedFileName(), file.getSize(), in), "plenary.library.added",
                    "/plenary/documents?faces-redirect=true");
        } catch (IOException e) {
            messages.error("add:file", "plenary.library.error.noFile");
            return null;
        }
    }

    public String addFile() {
        if (file == null || file.getSize() == 0) {
            messages.error("translation:file", "plenary.library.error.noFile");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return messages.perform(() -> library.addFile(document == null ? 0 : document, fileLanguage,
                    file.getSubmittedFileName(), file.getSize(), in), "plenary.library.fileAdded",
                    "/plenary/documents?faces-redirect=true");
        } catch (IOException e) {
            messages.error("translation:file", "plenary.library.error.noFile");
            return null;
        }
    }

    public List<MeetingSummary> getMeetings() {
        return can.addDocuments() ? meetings.all() : List.of();
    }

    public LibraryKind[] getKinds() {
        return LibraryKind.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public int getTitleLength() {
        return LibraryDocument.TITLE_LENGTH;
    }

    /** A year has four digits. */
    public int getYearLength() {
        return 4;
    }

    public List<LibraryDocumentView> getFound() {
        return found;
    }

    public String getQ() {
        return q;
    }

    public LibraryKind getKind() {
        return kind;
    }

    public Integer getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LibraryKind getNewKind() {
        return newKind;
    }

    public void setNewKind(LibraryKind newKind) {
        this.newKind = newKind;
    }

    public String getNewYear() {
        return newYear;
    }

    public void setNewYear(String newYear) {
        this.newYear = newYear;
    }

    public boolean isKpOnly() {
        return kpOnly;
    }

    public void setKpOnly(boolean kpOnly) {
        this.kpOnly = kpOnly;
    }

    public Long getMeeting() {
        return meeting;
    }

    public void setMeeting(Long meeting) {
        this.meeting = meeting;
    }

    public Language getFileLanguage() {
        return fileLanguage;
    }

    public void setFileLanguage(Language fileLanguage) {
        this.fileLanguage = fileLanguage;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }
}
