package org.kimberleyprocess.portal.plenary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.platform.demo.DemoDocuments;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.files.StoredFiles;
import org.kimberleyprocess.portal.plenary.domain.Library;
import org.kimberleyprocess.portal.plenary.domain.LibraryDocument;
import org.kimberleyprocess.portal.plenary.domain.LibraryKind;
import org.kimberleyprocess.portal.plenary.domain.Meeting;
import org.kimberleyprocess.portal.plenary.domain.Meetings;

/**
 * Three documents of the library (one-page demonstration PDFs that say what they stand for): the Sun City
 * communiqué, public, in English, French and Russian, with its meeting; the report of the review mission to the
 * Central African Republic of June 2003, KP only; the guidelines on the HS classification of rough diamonds, public.
 */
@ApplicationScoped
public class LibraryDemoData implements DemoData {

    @Inject
    private Library library;

    @Inject
    private Meetings meetings;

    @Inject
    private StoredFiles files;

    /** After the Sun City meeting. */
    @Override
    public int order() {
        return 27;
    }

    @Override
    public String load(Instant now, String passwordHash) {
        Meeting sunCity = meetings.all().stream().filter(m -> m.getTitle().contains("Sun City")).findFirst()
                .orElseThrow();
        LibraryDocument communique = new LibraryDocument("Final communiqué, Kimberley Process Plenary, Sun City 2003",
                LibraryKind.COMMUNIQUE, 2003, false, sunCity, Language.EN, pdf("Sun City communique (English)"),
                "secretariat", now);
        communique.putFile(Language.FR, pdf("Sun City communique (French)"));
        communique.putFile(Language.RU, pdf("Sun City communique (Russian)"));
        library.add(communique);
        library.add(new LibraryDocument("Report of the review mission to the Central African Republic, June 2003",
                LibraryKind.REPORT, 2003, true, sunCity, Language.EN, pdf("CAR review mission report 2003"),
                "secretariat", now));
        library.add(new LibraryDocument("Guidelines on the HS classification of rough diamonds", LibraryKind.GUIDANCE,
                2004, false, null, Language.EN, pdf("HS classification guidelines"), "secretariat", now));
        return "three library documents (one KP only)";
    }

    private StoredDocument pdf(String title) {
        byte[] content = DemoDocuments.pdf(title);
        return files.keep(title.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf", content.length,
                new ByteArrayInputStream(content), "secretariat");
    }
}
