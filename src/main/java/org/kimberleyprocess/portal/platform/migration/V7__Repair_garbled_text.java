package org.kimberleyprocess.portal.platform.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Repairs the text that forms without an upload stored garbled before every request was read as UTF-8: each
 * character column of each table of the portal is scanned, and each value that is UTF-8 read as ISO-8859-1
 * (see {@link GarbledText}) is replaced by what was typed. The same on H2 and PostgreSQL.
 */
public class V7__Repair_garbled_text extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V7__Repair_garbled_text.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        int repaired = 0;
        for (Map.Entry<String, List<String>> table : textColumns(connection).entrySet()) {
            for (String column : table.getValue()) {
                repaired += repair(connection, table.getKey(), column);
            }
        }
        int count = repaired;
        LOG.info(() -> "Garbled text repaired in " + count + " rows");
    }

    private static Map<String, List<String>> textColumns(Connection connection) throws Exception {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                if (!table.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                    columns.put(table, new ArrayList<>());
                }
            }
        }
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            try (ResultSet cols = meta.getColumns(null, schema, table.getKey(), "%")) {
                while (cols.next()) {
                    int type = cols.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.NVARCHAR || type == Types.CHAR
                            || type == Types.LONGVARCHAR) {
                        table.getValue().add(cols.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        return columns;
    }

    private static int repair(Connection connection, String table, String column) throws Exception {
        String t = quoted(table);
        String c = quoted(column);
        Map<String, String> repairs = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet values = select.executeQuery("select distinct " + c + " from " + t + " where " + c
                     + " is not null")) {
            while (values.next()) {
                String value = values.getString(1);
                Optional<String> typed = GarbledText.repair(value);
                typed.ifPresent(v -> repairs.put(value, v));
            }
        }
        int rows = 0;
        try (PreparedStatement update = connection.prepareStatement("update " + t + " set " + c + " = ? where "
                + c + " = ?")) {
            for (Map.Entry<String, String> r : repairs.entrySet()) {
                update.setString(1, r.getValue());
                update.setString(2, r.getKey());
                rows += update.executeUpdate();
            }
        }
        return rows;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
