package org.kimberleyprocess.portal.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What must hold before the portal touches anything. Outside demo mode the data directory (uploaded files, the
 * embedded database) must be given explicitly and lie outside the server's own folders: a runnable archive is
 * extracted afresh, and a default inside it would lose every file at the next start. The portal refuses to start
 * otherwise and says what to set.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    @ConfigProperty(name = "kpcs.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "kpcs.server.dir")
    Optional<String> serverDir;

    @Inject
    @ConfigProperty(name = "kpcs.install.dir")
    Optional<String> installDir;

    @Inject
    @ConfigProperty(name = "db.url")
    Optional<String> databaseUrl;

    @PostConstruct
    void check() {
        String problem = clusterProblem(config.isCluster(), databaseUrl);
        if (problem == null && !config.isDemo()) {
            problem = problem(dataDir, serverDir, installDir);
        }
        if (problem == null) {
            return;
        }
        LOG.severe(problem);
        throw new IllegalStateException(problem);
    }

    /** Why several servers cannot run on this database, or null when they can: they share one PostgreSQL. */
    static String clusterProblem(boolean cluster, Optional<String> url) {
        if (cluster && url.map(u -> !u.startsWith("jdbc:postgresql:")).orElse(true)) {
            return "KPCS_CLUSTER=on needs one PostgreSQL database for every server: set DB_URL to a"
                    + " jdbc:postgresql: URL (an embedded H2 database belongs to one server).";
        }
        return null;
    }

    /** Why the data directory will not do, or null when it will. */
    static String problem(Optional<String> data, Optional<String> server, Optional<String> install) {
        if (data.isEmpty() || data.get().isBlank()) {
            return "No data directory: set KPCS_DATA_DIR to a directory outside the server (production needs one).";
        }
        Path dir = Path.of(data.get()).toAbsolutePath().normalize();
        for (Optional<String> inside : java.util.List.of(server, install)) {
            if (inside.isPresent() && !inside.get().isBlank()
                    && dir.startsWith(Path.of(inside.get()).toAbsolutePath().normalize())) {
                return "The data directory " + dir + " lies inside the server (" + inside.get() + "), where a new"
                        + " start may replace it: set KPCS_DATA_DIR to a directory outside the server.";
            }
        }
        return null;
    }
}
