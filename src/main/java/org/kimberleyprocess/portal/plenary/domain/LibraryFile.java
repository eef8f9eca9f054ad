package org.kimberleyprocess.portal.plenary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.i18n.Language;

/** A library document's file in one language. */
@Entity
@Table(name = "library_file")
public class LibraryFile {

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private LibraryDocument document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @ManyToOne(optional = false)
    @JoinColumn(name = "stored_document_id")
    private StoredDocument file;

    protected LibraryFile() {
        // for JPA
    }

    LibraryFile(LibraryDocument document, Language language, StoredDocument file) {
        this.document = document;
        this.language = language;
        this.file = file;
    }

    StoredDocument replace(StoredDocument other) {
        StoredDocument old = file;
        file = other;
        return old;
    }

    public Language getLanguage() {
        return language;
    }

    public StoredDocument getFile() {
        return file;
    }
}
