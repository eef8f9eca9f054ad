package org.kimberleyprocess.portal.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingSettings;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingSettingsStore;

/** {@link ReportingSettingsStore} in the database: the single row that migration V20 creates. */
@ApplicationScoped
public class JpaReportingSettingsStore implements ReportingSettingsStore {

    @PersistenceContext
    private EntityManager em;

    @Override
    public ReportingSettings current() {
        ReportingSettings settings = em.find(ReportingSettings.class, 1);
        if (settings == null) {
            throw new IllegalStateException("reporting_setting has no row: the database is not migrated");
        }
        return settings;
    }
}
