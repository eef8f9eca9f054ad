package org.kimberleyprocess.portal.statistics.domain;

/** The one row of statistics settings, created with its defaults on first use. */
public interface StatisticsSettingsStore {
    StatisticsSettings current();
}
