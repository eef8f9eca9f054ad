package org.kimberleyprocess.portal.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows the portal wrote in English prose (and with a username) become message keys with arguments. */
class PortalReasonsMigrationTest {

    @Test
    void proseAndUsernamesInThePublicHistoryBecomeKeys() throws Exception {
        String url = "jdbc:h2:mem:reasons;DB_CLOSE_DELAY=-1";
        DatabaseMigration.configuration().dataSource(url, "sa", "").target("12").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("insert into participant values (1, 'NO', 'Norway', 'STATE', 'PARTICIPANT', date '2026-03-01', 0)");
            s.execute("insert into participant_status_change values (10, 1, 'APPLICANT', date '2026-01-05',"
                    + " 'Sign-up of rep.no', null, timestamp '2026-01-05 10:00:00')");
            s.execute("insert into participant_status_change values (11, 1, 'PARTICIPANT', date '2026-03-01',"
                    + " 'Written procedure 2026/9', 'Admitted on application KP-2026-004',"
                    + " timestamp '2026-03-01 10:00:00')");
            s.execute("insert into participant_status_change values (12, 1, 'SUSPENDED', date '2026-05-01',"
                    + " 'AD 2026/2', 'No annual report', timestamp '2026-05-01 10:00:00')");
            s.execute("insert into participant_status_change values (13, 1, 'REMOVED', date '2026-06-01',"
                    + " 'AD 2026/3', 'No annual report', timestamp '2026-06-01 10:00:00')");
            s.execute("insert into participant_status_change values (14, 1, 'APPLICANT', date '2026-07-01',"
                    + " 'Sign-up of rep.no2', 'Applies again', timestamp '2026-07-01 10:00:00')");

            DatabaseMigration.configuration().dataSource(url, "sa", "").load().migrate();

            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select decision_reference, reason, reason_key, reason_arguments"
                    + " from participant_status_change order by id")) {
                while (r.next()) {
                    rows.add(r.getString(1) + " | " + r.getString(2) + " | " + r.getString(3) + " | " + r.getString(4));
                }
            }
            assertEquals(List.of(
                    "null | null | registry.history.signUp | null",
                    "Written procedure 2026/9 | null | registry.history.admitted | KP-2026-004",
                    "AD 2026/2 | No annual report | null | null",
                    "AD 2026/3 | No annual report | null | null",
                    "null | null | registry.history.appliesAgain | null"), rows);
        }
    }
}
