package org.kimberleyprocess.portal.platform.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.kimberleyprocess.portal.platform.security.SecretToken;

/**
 * Sign-up links were stored as they were mailed; from now on only their hash is kept (as for password resets).
 * Every stored token is replaced by its hash, so the links already mailed keep working.
 */
public class V10__Hash_sign_up_tokens extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Map<Long, String> tokens = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("select id, token from registration")) {
            while (rows.next()) {
                tokens.put(rows.getLong(1), rows.getString(2));
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement(
                "update registration set token = ? where id = ?")) {
            for (Map.Entry<Long, String> t : tokens.entrySet()) {
                update.setString(1, SecretToken.hash(t.getValue()));
                update.setLong(2, t.getKey());
                update.executeUpdate();
            }
        }
    }
}
