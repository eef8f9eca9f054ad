package org.kimberleyprocess.portal.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** The schema the migrations build (on an embedded database): indexes, enumeration checks, instants with zones. */
class SchemaTest {

    private static final String URL = "jdbc:h2:mem:schema;DB_CLOSE_DELAY=-1";
    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        DatabaseMigration.configuration().dataSource(URL, "sa", "").load().migrate();
        connection = DriverManager.getConnection(URL, "sa", "");
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (r.next()) {
                if (!r.getString("TABLE_NAME").startsWith("flyway")) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    @Test
    void everyForeignKeyHasAnIndexThatStartsWithIt() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> missing = new ArrayList<>();
        int foreignKeys = 0;
        for (String table : tables(meta)) {
            Set<String> leading = new HashSet<>();
            try (ResultSet r = meta.getIndexInfo(null, "PUBLIC", table, false, false)) {
                while (r.next()) {
                    if (r.getShort("ORDINAL_POSITION") == 1) {
                        leading.add(r.getString("COLUMN_NAME"));
                    }
                }
            }
            try (ResultSet r = meta.getImportedKeys(null, "PUBLIC", table)) {
                while (r.next()) {
                    foreignKeys++;
                    String column = r.getString("FKCOLUMN_NAME");
                    if (r.getShort("KEY_SEQ") == 1 && !leading.contains(column)) {
                        missing.add(table + "." + column);
                    }
                }
            }
        }
        assertTrue(foreignKeys >= 20, "the schema's foreign keys were read: " + foreignKeys);
        assertEquals(List.of(), missing, "foreign keys without an index");
    }

    @Test
    void everyInstantIsStoredWithItsTimeZone() throws SQLException {
        List<String> withoutZone = new ArrayList<>();
        try (ResultSet r = connection.getMetaData().getColumns(null, "PUBLIC", "%", "%")) {
            while (r.next()) {
                if ("TIMESTAMP".equalsIgnoreCase(r.getString("TYPE_NAME"))
                        && !r.getString("TABLE_NAME").startsWith("flyway")) {
                    withoutZone.add(r.getString("TABLE_NAME") + "." + r.getString("COLUMN_NAME"));
                }
            }
        }
        assertEquals(List.of(), withoutZone);
    }

    @Test
    void enumerationColumnsAcceptTheirValuesAndNothingElse() throws SQLException {
        Map<String, Enum<?>[]> columns = new HashMap<>();
        columns.put("participant.status", ParticipationStatus.values());
        columns.put("membership_application.status", ApplicationStatus.values());
        columns.put("user_account_role.role", Role.values());
        for (Map.Entry<String, Enum<?>[]> e : columns.entrySet()) {
            String clause = checkClause(e.getKey());
            for (Enum<?> value : e.getValue()) {
                assertTrue(clause.contains("'" + value.name() + "'"), e.getKey() + " refuses " + value + ": " + clause);
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("insert into participant (id, iso_code, recorded_name, kind, status, status_since, version)"
                    + " values (1, 'BW', 'Botswana', 'STATE', 'PARTICIPANT', date '2003-10-31', 0)");
            assertThrows(SQLException.class, () -> s.execute("insert into participant (id, iso_code, recorded_name,"
                    + " kind, status, status_since, version) values (2, 'NA', 'Namibia', 'STATE', 'MEMBER',"
                    + " date '2003-10-31', 0)"), "a status outside the enumeration");
            s.execute("delete from participant");
        }
    }

    private static String checkClause(String tableColumn) throws SQLException {
        String[] parts = tableColumn.split("\\.");
        List<String> clauses = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "select c.check_clause from information_schema.check_constraints c"
                        + " join information_schema.table_constraints t on t.constraint_name = c.constraint_name"
                        + " where lower(t.table_name) = '" + parts[0] + "'")) {
            while (r.next()) {
                clauses.add(r.getString(1));
            }
        }
        String found = clauses.stream().filter(c -> c.toLowerCase().contains(parts[1])).findFirst().orElse("");
        assertFalse(found.isEmpty(), "no check on " + tableColumn + ": " + clauses + " " + Arrays.toString(parts));
        return found;
    }
}
