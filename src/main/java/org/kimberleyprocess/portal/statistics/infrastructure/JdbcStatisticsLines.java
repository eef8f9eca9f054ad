package org.kimberleyprocess.portal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.ReturnTotals;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLine;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLines;
import org.kimberleyprocess.portal.statistics.domain.StoredLine;

/**
 * The statistics lines, written with JDBC batches on the persistence context's own connection (so they are part
 * of the same transaction and see the returns it has written): an import of a hundred thousand lines would not
 * fit in a persistence context.
 */
@ApplicationScoped
public class JdbcStatisticsLines implements StatisticsLines {

    /** Lines per insert statement (8 parameters each: well under the drivers' limits). */
    static final int ROWS = 500;
    /** Insert statements per JDBC batch. */
    private static final int BATCH = 20;

    @PersistenceContext
    private EntityManager em;

    @Override
    public void replace(List<Batch> batches, Predicate<StatisticsLine> outsideScheme) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            List<Batch> replacing = batches.stream().filter(Batch::replacing).toList();
            if (!replacing.isEmpty()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from statistics_line where return_id = ? and revision = ?")) {
                    for (Batch batch : replacing) {
                        delete.setLong(1, batch.returnId());
                        delete.setInt(2, batch.revision());
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            insert(connection, batches, outsideScheme);
        } catch (SQLException e) {
            throw new IllegalStateException("statistics lines could not be written", e);
        }
    }

    /**
     * Inserts the lines {@value #ROWS} to a statement (one statement of many rows costs the database far less than
     * as many statements of one row, on H2 and PostgreSQL alike), the statements sent in JDBC batches.
     */
    private static void insert(Connection connection, List<Batch> batches, Predicate<StatisticsLine> outsideScheme)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Batch batch : batches) {
            for (StatisticsLine line : batch.lines()) {
                rows.add(new Object[] {batch.returnId(), batch.revision(), line, outsideScheme.test(line)});
            }
        }
        int full = rows.size() / ROWS;
        if (full > 0) {
            try (PreparedStatement insert = connection.prepareStatement(insertOf(ROWS))) {
                for (int s = 0; s < full; s++) {
                    bind(insert, rows.subList(s * ROWS, (s + 1) * ROWS));
                    insert.addBatch();
                    if ((s + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        List<Object[]> rest = rows.subList(full * ROWS, rows.size());
        if (!rest.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(insertOf(rest.size()))) {
                bind(insert, rest);
                insert.executeUpdate();
            }
        }
    }

    private static String insertOf(int rows) {
        StringBuilder sql = new StringBuilder("insert into statistics_line (return_id, revision, hs_code, partner,"
                + " carats, value_usd, certificates, outside_scheme) values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement insert, List<Object[]> rows) throws SQLException {
        int p = 1;
        for (Object[] row : rows) {
            StatisticsLine line = (StatisticsLine) row[2];
            insert.setLong(p++, (Long) row[0]);
            insert.setInt(p++, (Integer) row[1]);
            insert.setString(p++, line.hsCode().code());
            insert.setString(p++, line.partner() == null ? "" : line.partner());
            insert.setBigDecimal(p++, line.carats());
            insert.setBigDecimal(p++, line.valueUsd());
            if (line.certificates() == null) {
                insert.setNull(p++, Types.INTEGER);
            } else {
                insert.setInt(p++, line.certificates());
            }
            insert.setBoolean(p++, (Boolean) row[3]);
        }
    }

    @Override
    public Map<Long, ReturnTotals> totals(String participantIso, int year) {
        Connection connection = em.unwrap(Connection.class);
        Map<Long, ReturnTotals> totals = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select l.return_id, count(*), sum(l.carats),"
                + " sum(l.value_usd), sum(case when l.outside_scheme then 1 else 0 end) from statistics_line l"
                + " join statistics_return r on r.id = l.return_id and l.revision = r.current_revision"
                + " where r.participant_iso = ? and r.period_year = ? group by l.return_id")) {
            select.setString(1, participantIso);
            select.setInt(2, year);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    totals.put(r.getLong(1), new ReturnTotals(r.getInt(2), r.getBigDecimal(3), r.getBigDecimal(4),
                            r.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics totals could not be read", e);
        }
        return totals;
    }

    @Override
    public List<StoredLine> of(long returnId, int revision) {
        Connection connection = em.unwrap(Connection.class);
        List<StoredLine> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select hs_code, partner, carats, value_usd,"
                + " certificates, outside_scheme from statistics_line where return_id = ? and revision = ?"
                + " order by hs_code, partner")) {
            select.setLong(1, returnId);
            select.setInt(2, revision);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    String partner = r.getString(2);
                    Integer certificates = r.getInt(5);
                    if (r.wasNull()) {
                        certificates = null;
                    }
                    lines.add(new StoredLine(HsCode.of(r.getString(1)).orElseThrow(),
                            partner.isEmpty() ? null : partner, r.getBigDecimal(3), r.getBigDecimal(4),
                            certificates, r.getBoolean(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics lines could not be read", e);
        }
        return lines;
    }
}
