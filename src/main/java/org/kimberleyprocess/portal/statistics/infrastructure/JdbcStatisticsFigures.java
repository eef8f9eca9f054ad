package org.kimberleyprocess.portal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.StatisticsFigures;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;

/** Sums of the submitted figures, each one SQL statement on the persistence context's connection. */
@ApplicationScoped
public class JdbcStatisticsFigures implements StatisticsFigures {

    /** The lines of the current revision of every submitted return. */
    static final String SUBMITTED = " from statistics_line l join statistics_return r on r.id = l.return_id"
            + " and l.revision = r.current_revision where r.status = 'SUBMITTED'";

    @PersistenceContext
    private EntityManager em;

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        Connection connection = em.unwrap(Connection.class);
        List<T> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(row.read(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics figures could not be read", e);
        }
        return found;
    }

    @Override
    public List<Total> world(int from, int to) {
        return query("select r.period_year, r.flow, sum(l.carats), sum(l.value_usd)" + SUBMITTED
                        + " and r.period_year between ? and ? group by r.period_year, r.flow"
                        + " order by r.period_year, r.flow",
                r -> new Total(null, r.getInt(1), Flow.valueOf(r.getString(2)), r.getBigDecimal(3),
                        r.getBigDecimal(4)), from, to);
    }

    @Override
    public List<Total> byParticipant(int year, Flow flow) {
        return query("select r.participant_iso, sum(l.carats), sum(l.value_usd)" + SUBMITTED
                        + " and r.period_year = ? and r.flow = ? group by r.participant_iso order by r.participant_iso",
                r -> new Total(r.getString(1), year, flow, r.getBigDecimal(2), r.getBigDecimal(3)), year,
                flow.name());
    }

    @Override
    public List<PairTotal> trade(StatisticsPeriod quarter, Flow flow) {
        return query("select r.participant_iso, l.partner, l.hs_code, sum(l.carats), sum(l.value_usd)" + SUBMITTED
                        + " and r.period_year = ? and r.period_code = ? and r.flow = ?"
                        + " group by r.participant_iso, l.partner, l.hs_code",
                r -> new PairTotal(r.getString(1), r.getString(2), HsCode.of(r.getString(3)).orElseThrow(),
                        r.getBigDecimal(4), r.getBigDecimal(5)), quarter.year(), quarter.code(), flow.name());
    }

    @Override
    public List<PeriodTotal> periods(int from, int to) {
        return query("select r.participant_iso, r.flow, r.period_year, r.period_code, sum(l.carats),"
                        + " sum(l.value_usd)" + SUBMITTED + " and r.period_year between ? and ?"
                        + " group by r.participant_iso, r.flow, r.period_year, r.period_code",
                r -> new PeriodTotal(r.getString(1), Flow.valueOf(r.getString(2)),
                        new StatisticsPeriod(r.getInt(3), r.getString(4)), r.getBigDecimal(5), r.getBigDecimal(6)),
                from, to);
    }
}
