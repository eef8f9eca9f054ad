package org.kimberleyprocess.portal.reporting.domain.report;

/** Where the reporting settings are kept (one row, created by the schema's migration). */
public interface ReportingSettingsStore {

    ReportingSettings current();
}
