package org.kimberleyprocess.portal.platform.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A decision's effect moves from six columns, kept to one effect by the code, into one column holding the effect's
 * kind and values ({@code {"kind":"STATUS","iso":"CG","status":"SUSPENDED"}}, {@code VICE_CHAIR}, {@code
 * QUESTIONNAIRE}). The checks that paired the old columns are found by what they check (one of them was never
 * named, so its name differs between databases) and dropped with the columns.
 */
public class V33__Decision_effect_in_one_column extends BaseJavaMigration {

    private static final String[] OLD = {"effect_iso", "effect_status", "vice_chair_iso", "vice_chair_year",
        "questionnaire_version", "questionnaire_first_year"};

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table plenary_decision add column effect varchar(200)");
            s.executeUpdate("update plenary_decision set effect = case"
                    + " when effect_iso is not null then '{\"kind\":\"STATUS\",\"iso\":\"' || effect_iso"
                    + " || '\",\"status\":\"' || effect_status || '\"}'"
                    + " when vice_chair_iso is not null then '{\"kind\":\"VICE_CHAIR\",\"iso\":\"' || vice_chair_iso"
                    + " || '\",\"year\":' || cast(vice_chair_year as varchar(10)) || '}'"
                    + " when questionnaire_version is not null then '{\"kind\":\"QUESTIONNAIRE\",\"version\":'"
                    + " || cast(questionnaire_version as varchar(10)) || ',\"firstYear\":'"
                    + " || cast(questionnaire_first_year as varchar(10)) || '}'"
                    + " end");
            for (String check : checksOnOldColumns(c)) {
                s.execute("alter table plenary_decision drop constraint \"" + check + "\"");
            }
            // the columns' indexes and references go with them
            for (String column : OLD) {
                s.execute("alter table plenary_decision drop column " + column);
            }
        }
    }

    private static List<String> checksOnOldColumns(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                "select tc.constraint_name, cc.check_clause from information_schema.table_constraints tc"
                        + " join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name"
                        + " where lower(tc.table_name) = 'plenary_decision'")) {
            while (rows.next()) {
                String clause = rows.getString(2).toLowerCase(java.util.Locale.ROOT);
                for (String column : OLD) {
                    if (clause.contains(column)) {
                        names.add(rows.getString(1));
                        break;
                    }
                }
            }
        }
        return names;
    }
}
