package org.kimberleyprocess.portal.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** The repair migration on a real (embedded, in-memory) database: garbled rows are repaired, others kept. */
class RepairGarbledTextMigrationTest {

    private static String garbled(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void garbledRowsOfEveryTableAreRepairedAndTheRestIsLeftAsItWas() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:repair;DB_CLOSE_DELAY=-1", "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table committee_note (id bigint primary key, author varchar(60), text varchar(4000))");
                s.execute("create table participant_contact (id bigint primary key, name varchar(200),"
                        + " organisation varchar(200))");
            }
            insert(c, "insert into committee_note values (?, ?, ?)", 1, "committee", garbled("Secretaría de Economía"));
            insert(c, "insert into committee_note values (?, ?, ?)", 2, "committee", "Côte d'Ivoire, stored right");
            insert(c, "insert into committee_note values (?, ?, ?)", 3, "committee", garbled("Кот-д’Ивуар « ж »"));
            insert(c, "insert into participant_contact values (?, ?, ?)", 1, garbled("São Tomé e Príncipe"), null);
            insert(c, "insert into participant_contact values (?, ?, ?)", 2, "Ã bientôt", "Plain ASCII");

            new V7__Repair_garbled_text().migrate(context(c));

            assertEquals(List.of("Secretaría de Economía", "Côte d'Ivoire, stored right", "Кот-д’Ивуар « ж »"),
                    column(c, "select text from committee_note order by id"));
            assertEquals(List.of("São Tomé e Príncipe", "Ã bientôt"),
                    column(c, "select name from participant_contact order by id"));
            assertEquals(List.of("committee", "committee", "committee"),
                    column(c, "select author from committee_note order by id"));
        }
    }

    private static void insert(Connection c, String sql, int id, String a, String b) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, id);
            p.setString(2, a);
            p.setString(3, b);
            p.executeUpdate();
        }
    }

    private static List<String> column(Connection c, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
