package org.kimberleyprocess.portal.platform.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the versioned migrations in {@code db/migration} before
 * anything else touches the database. The same migrations serve H2 and PostgreSQL.
 */
@Startup
@Singleton
@jakarta.ejb.DependsOn("StartupChecks")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/kpcs")
    private DataSource dataSource;

    /** The portal's migrations: SQL under db/migration, and the Java ones (the same on H2 and PostgreSQL). */
    public static org.flywaydb.core.api.configuration.FluentConfiguration configuration() {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .locations("classpath:db/migration")
                .javaMigrations(new V7__Repair_garbled_text(), new V10__Hash_sign_up_tokens(),
                        new V33__Decision_effect_in_one_column());
    }

    @PostConstruct
    void migrate() {
        Flyway flyway = configuration().dataSource(dataSource).load();
        MigrateResult result = flyway.migrate();
        writeEveryCommitAtOnce();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The embedded H2 database delays writing commits to its file (half a second by default), so a process
     * that dies loses what the portal had already acknowledged. Here every commit is written before it is
     * acknowledged (the setting is kept in the database file). PostgreSQL does so by itself.
     */
    private void writeEveryCommitAtOnce() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                statement.execute("SET WRITE_DELAY 0");
                LOG.info("Embedded database: every commit is written to disk before it is acknowledged");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the embedded database write every commit", e);
        }
    }
}
