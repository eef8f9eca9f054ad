package org.kimberleyprocess.portal.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The name of a country (or of the European Community) in one official language, kept in the database so
 * that lists can be sorted and filtered by the name the reader sees, in the database.
 */
@Entity
@Table(name = "country_name")
public class CountryName {

    /** Key: ISO code and language. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "iso_code", length = 2)
        private String isoCode;

        @Column(name = "language", length = 2)
        private String language;

        protected Key() {
            // for JPA
        }

        public Key(String isoCode, Language language) {
            this.isoCode = Objects.requireNonNull(isoCode, "ISO code is required");
            this.language = Objects.requireNonNull(language, "language is required").code();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && isoCode.equals(k.isoCode) && language.equals(k.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(isoCode, language);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "sort_key", nullable = false, length = 200)
    private String sortKey;

    protected CountryName() {
        // for JPA
    }

    public CountryName(String isoCode, Language language, String name) {
        this.key = new Key(isoCode, language);
        rename(name);
    }

    /** Sets the name and its sort key (lower case, accents removed) used for ordering and searching. */
    public final void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name is required");
        this.sortKey = CountryNames.sortKey(newName);
    }

    public String getName() {
        return name;
    }

    public String getSortKey() {
        return sortKey;
    }
}
