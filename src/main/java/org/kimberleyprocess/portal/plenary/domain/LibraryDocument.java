package org.kimberleyprocess.portal.plenary.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * A document of the library: its title, kind and year, public or KP only, the meeting it belongs to if any, and its
 * files, one per official language it exists in (at least one).
 */
@Entity
@Table(name = "library_document")
public class LibraryDocument {

    public static final int TITLE_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LibraryKind kind;

    @Column(name = "doc_year", nullable = false)
    private int year;

    @Column(name = "kp_only", nullable = false)
    private boolean kpOnly;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<LibraryFile> files = new ArrayList<>();

    @Version
    private long version;

    protected LibraryDocument() {
        // for JPA
    }

    public LibraryDocument(String title, LibraryKind kind, Integer year, boolean kpOnly, Meeting meeting,
                           Language language, StoredDocument first, String by, Instant at) {
        if (kind == null || year == null || language == null) {
            throw new BusinessException("plenary.library.error.incomplete");
        }
        String named = BoundedText.required(title, TITLE_LENGTH, "plenary.library.error.incomplete",
                "plenary.decision.error.tooLong");
        if (year < 2000 || year > 2100) {
            throw new BusinessException("plenary.library.error.year");
        }
        this.title = named;
        this.kind = kind;
        this.year = year;
        this.kpOnly = kpOnly;
        this.meeting = meeting;
        this.addedBy = by;
        this.addedAt = at;
        files.add(new LibraryFile(this, language, Objects.requireNonNull(first)));
    }

    /** The document in another language, or a new file for a language it has: returns the file it replaced. */
    public Optional<StoredDocument> putFile(Language language, StoredDocument file) {
        Objects.requireNonNull(language, "language is required");
        Optional<LibraryFile> existing = file(language);
        if (existing.isPresent()) {
            return Optional.of(existing.get().replace(file));
        }
        files.add(new LibraryFile(this, language, file));
        return Optional.empty();
    }

    public Optional<LibraryFile> file(Language language) {
        return files.stream().filter(f -> f.getLanguage() == language).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LibraryKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public boolean isKpOnly() {
        return kpOnly;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    /** The files, in the order of the official languages. */
    public List<LibraryFile> getFiles() {
        List<LibraryFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(LibraryFile::getLanguage));
        return Collections.unmodifiableList(sorted);
    }
}
