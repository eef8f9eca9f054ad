package org.kimberleyprocess.portal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.ReturnStatus;
import org.kimberleyprocess.portal.statistics.domain.ReturnTotals;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLine;
import org.kimberleyprocess.portal.statistics.domain.StatisticsLines;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;
import org.kimberleyprocess.portal.statistics.domain.StoredLine;

/**
 * The statistics lines, written with JDBC batches on the persistence context's own connection (so they are part
 * of the same transaction and see the returns it has written): an import of a hundred thousand lines would not
 * fit in a persistence context.
 */
@ApplicationScoped
public class JdbcStatisticsLines implements StatisticsLines {

    /** Lines per insert statement. */
    static final int ROWS = 20_000;

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
     * Inserts the lines {@value #ROWS} at a time as one statement over arrays, a column to an array ({@code insert …
     * select from unnest(…)}, standard SQL that H2 and PostgreSQL both run): the database receives and checks each
     * chunk at once, as a bulk load does, instead of a statement per line.
     */
    private static void insert(Connection connection, List<Batch> batches, Predicate<StatisticsLine> outsideScheme)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Batch batch : batches) {
            for (StatisticsLine line : batch.lines()) {
                rows.add(new Object[] {batch.returnId(), batch.revision(), line, outsideScheme.test(line)});
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into statistics_line (return_id,"
                + " revision, hs_code, partner, carats, value_usd, certificates, outside_scheme)"
                + " select * from unnest(?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int from = 0; from < rows.size(); from += ROWS) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
                int n = chunk.size();
                Long[] ids = new Long[n];
                Integer[] revisions = new Integer[n];
                String[] codes = new String[n];
                String[] partners = new String[n];
                BigDecimal[] carats = new BigDecimal[n];
                BigDecimal[] values = new BigDecimal[n];
                Integer[] certificates = new Integer[n];
                Boolean[] outside = new Boolean[n];
                for (int i = 0; i < n; i++) {
                    Object[] row = chunk.get(i);
                    StatisticsLine line = (StatisticsLine) row[2];
                    ids[i] = (Long) row[0];
                    revisions[i] = (Integer) row[1];
                    codes[i] = line.hsCode().code();
                    partners[i] = line.partner() == null ? "" : line.partner();
                    carats[i] = line.carats();
                    values[i] = line.valueUsd();
                    certificates[i] = line.certificates();
                    outside[i] = (Boolean) row[3];
                }
                insert.setArray(1, connection.createArrayOf("bigint", ids));
                insert.setArray(2, connection.createArrayOf("integer", revisions));
                insert.setArray(3, connection.createArrayOf("varchar", codes));
                insert.setArray(4, connection.createArrayOf("varchar", partners));
                insert.setArray(5, connection.createArrayOf("numeric", carats));
                insert.setArray(6, connection.createArrayOf("numeric", values));
                insert.setArray(7, connection.createArrayOf("integer", certificates));
                insert.setArray(8, connection.createArrayOf("boolean", outside));
                insert.executeUpdate();
            }
        }
    }

    @Override
    public List<OutsideTrade> outsideScheme(int year) {
        Connection connection = em.unwrap(Connection.class);
        List<OutsideTrade> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select r.participant_iso, r.flow, r.period_code,"
                + " l.hs_code, l.partner, l.carats, l.value_usd, r.status from statistics_line l"
                + " join statistics_return r on r.id = l.return_id and l.revision = r.current_revision"
                + " where r.period_year = ? and l.outside_scheme"
                + " order by r.participant_iso, r.period_code, r.flow, l.partner, l.hs_code")) {
            select.setInt(1, year);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    found.add(new OutsideTrade(r.getString(1), Flow.valueOf(r.getString(2)),
                            new StatisticsPeriod(year, r.getString(3)), HsCode.of(r.getString(4)).orElseThrow(),
                            r.getString(5), r.getBigDecimal(6), r.getBigDecimal(7),
                            ReturnStatus.valueOf(r.getString(8))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("trade outside the Scheme could not be read", e);
        }
        return found;
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
