package org.kimberleyprocess.portal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import org.kimberleyprocess.portal.platform.web.CapabilityPermissions;
import org.kimberleyprocess.portal.platform.web.Permissions;
import org.kimberleyprocess.portal.statistics.application.StatisticsImports;
import org.kimberleyprocess.portal.statistics.application.StatisticsPublication;
import org.kimberleyprocess.portal.statistics.application.StatisticsQuality;
import org.kimberleyprocess.portal.statistics.application.StatisticsService;

/** What the statistics pages offer the person, as its services allow it ({@code #{can.statistics…}}). */
@RequestScoped
public class StatisticsCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "statistics";
    }

    /** Read returns (a Participant's own, or every Participant's for the Secretariat and the Working Group). */
    public boolean readReturns() {
        return Permissions.allows(StatisticsService.class, "year");
    }

    /** Publish a year's figures (the Secretariat). */
    public boolean publish() {
        return Permissions.allows(StatisticsPublication.class, "publish");
    }

    /** Change the statistics settings (the Secretariat). */
    public boolean changeSettings() {
        return Permissions.allows(StatisticsQuality.class, "changeSettings");
    }

    /** Read the quality checks (missing returns, anomalies, mirror statistics). */
    public boolean readQuality() {
        return Permissions.allows(StatisticsQuality.class, "missing");
    }

    /** Import figures. */
    public boolean importFigures() {
        return Permissions.allows(StatisticsImports.class, "importFile");
    }
}
