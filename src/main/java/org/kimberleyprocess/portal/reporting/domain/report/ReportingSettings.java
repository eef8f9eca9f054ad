package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * The reporting settings the Secretariat keeps: the first year on which annual reports are due (a Participant
 * admitted later owes them from its admission). One row; its default is the year before the portal's first start.
 */
@Entity
@Table(name = "reporting_setting")
public class ReportingSettings {

    /** The Scheme's first year: no report is due on an earlier one. */
    public static final int EARLIEST_YEAR = ReportingYear.FIRST;

    @Id
    private int id = 1;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Version
    private long version;

    protected ReportingSettings() {
        // for JPA
    }

    public int getFirstYear() {
        return firstYear;
    }

    /** Sets the first reporting year: from the Scheme's first year to the latest year whose report is open. */
    public void changeFirstYear(int year, int latestOpenYear) {
        if (!ReportingYear.between(year, latestOpenYear)) {
            throw new BusinessException("reporting.firstYear.error.range", EARLIEST_YEAR, latestOpenYear);
        }
        this.firstYear = year;
    }
}
