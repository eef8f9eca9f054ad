package org.kimberleyprocess.portal.platform.config;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupChecksTest {

    static final Optional<String> SERVER = Optional.of("/tmp/wlpExtract/kpcs/wlp/usr/servers/defaultServer");
    static final Optional<String> INSTALL = Optional.of("/tmp/wlpExtract/kpcs/wlp");

    @Test
    void aDataDirectoryOutsideTheServerWillDo() {
        assertNull(StartupChecks.problem(Optional.of("/var/lib/kpcs"), SERVER, INSTALL));
    }

    @Test
    void noDataDirectoryOrOneInsideTheServerIsRefusedWithWhatToSet() {
        assertTrue(StartupChecks.problem(Optional.empty(), SERVER, INSTALL).contains("KPCS_DATA_DIR"));
        assertTrue(StartupChecks.problem(Optional.of(SERVER.get() + "/kpcs-data"), SERVER, INSTALL)
                .contains("lies inside the server"));
        assertTrue(StartupChecks.problem(Optional.of("/tmp/wlpExtract/kpcs/wlp/../wlp/data"), SERVER, INSTALL)
                .contains("lies inside the server"));
    }

    @Test
    void severalServersNeedPostgresqlAndOneServerAnyDatabase() {
        String h2 = "jdbc:h2:file:/var/lib/kpcs/kpcs";
        assertTrue(StartupChecks.clusterProblem(true, Optional.of(h2)).contains("DB_URL"));
        assertTrue(StartupChecks.clusterProblem(true, Optional.empty()).contains("PostgreSQL"));
        assertNull(StartupChecks.clusterProblem(true, Optional.of("jdbc:postgresql://127.0.0.1:5432/kpcs")));
        assertNull(StartupChecks.clusterProblem(false, Optional.of(h2)));
    }
}
