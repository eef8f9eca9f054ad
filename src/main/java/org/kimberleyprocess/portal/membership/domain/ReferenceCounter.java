package org.kimberleyprocess.portal.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The counter behind application references (KP-2026-001, KP-2026-002, …): one row, read under a database lock
 * for each new application, so that two applications opened at the same moment get different numbers. Numbering
 * starts again at 1 each calendar year.
 */
@Entity
@Table(name = "reference_counter")
public class ReferenceCounter {

    /** The counter of membership applications. */
    public static final String APPLICATIONS = "membership_application";

    @Id
    @Column(length = 40)
    private String name;

    @Column(name = "counter_year", nullable = false)
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ReferenceCounter() {
        // for JPA
    }

    /** The next reference for an application opened in the given year. */
    public String next(int openedIn) {
        if (openedIn != year) {
            year = openedIn;
            lastNumber = 0;
        }
        lastNumber++;
        return String.format("KP-%d-%03d", year, lastNumber);
    }

    /** Equal by business key, not by row: the counter's name and year. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ReferenceCounter other && Objects.equals(name, other.name) && Objects.equals(year, other.year));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, year);
    }
}
