package org.kimberleyprocess.portal.registry.domain;

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
import java.util.Objects;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A calendar year in which a Participant holds the Chair or the Vice-Chair; year and office are its key. */
@Entity
@Table(name = "chair_term")
public class ChairTerm {

    public static final int FIRST_YEAR = ReportingYear.FIRST;
    public static final int LAST_YEAR = 2100;
    public static final int SELECTED_BY_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "term_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ChairOffice office;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant holder;

    @Column(name = "selected_by", length = SELECTED_BY_LENGTH)
    private String selectedBy;

    protected ChairTerm() {
        // for JPA
    }

    public ChairTerm(int year, ChairOffice office, Participant holder, String selectedBy) {
        if (!ReportingYear.covers(year)) {
            throw new BusinessException("registry.chairs.error.year");
        }
        this.year = year;
        this.office = Objects.requireNonNull(office, "office is required");
        this.holder = Objects.requireNonNull(holder, "holder is required");
        this.selectedBy = selectedBy;
    }

    public int getYear() {
        return year;
    }

    public ChairOffice getOffice() {
        return office;
    }

    public Participant getHolder() {
        return holder;
    }

    public String getSelectedBy() {
        return selectedBy;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ChairTerm other && year == other.year && office == other.office);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, office);
    }
}
