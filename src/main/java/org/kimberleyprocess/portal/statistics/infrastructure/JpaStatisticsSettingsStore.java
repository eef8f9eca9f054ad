package org.kimberleyprocess.portal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kimberleyprocess.portal.statistics.domain.StatisticsSettings;
import org.kimberleyprocess.portal.statistics.domain.StatisticsSettingsStore;

/** {@link StatisticsSettingsStore} in the database: the single row that migration V23 creates. */
@ApplicationScoped
public class JpaStatisticsSettingsStore implements StatisticsSettingsStore {

    @PersistenceContext
    private EntityManager em;

    @Override
    public StatisticsSettings current() {
        StatisticsSettings settings = em.find(StatisticsSettings.class, StatisticsSettings.ID);
        if (settings == null) {
            throw new IllegalStateException("statistics_setting has no row: the database is not migrated");
        }
        return settings;
    }
}
