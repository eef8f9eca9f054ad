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

    private static final int BATCH = 1000;

    @PersistenceContext
    private EntityManager em;

    @Override
    public void replace(List<Batch> batches, Predicate<StatisticsLine> outsideScheme) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from statistics_line where return_id = ? and revision = ?");
             PreparedStatement insert = connection.prepareStatement("insert into statistics_line (return_id,"
                     + " revision, hs_code, partner, carats, value_usd, certificates, outside_scheme)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Batch batch : batches) {
                delete.setLong(1, batch.returnId());
                delete.setInt(2, batch.revision());
                delete.addBatch();
            }
            delete.executeBatch();
            int pending = 0;
            for (Batch batch : batches) {
                for (StatisticsLine line : batch.lines()) {
                    insert.setLong(1, batch.returnId());
                    insert.setInt(2, batch.revision());
                    insert.setString(3, line.hsCode().code());
                    insert.setString(4, line.partner() == null ? "" : line.partner());
                    insert.setBigDecimal(5, line.carats());
                    insert.setBigDecimal(6, line.valueUsd());
                    if (line.certificates() == null) {
                        insert.setNull(7, Types.INTEGER);
                    } else {
                        insert.setInt(7, line.certificates());
                    }
                    insert.setBoolean(8, outsideScheme.test(line));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics lines could not be written", e);
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
