package org.kimberleyprocess.portal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.statistics.domain.Discrepancies;
import org.kimberleyprocess.portal.statistics.domain.Discrepancy;
import org.kimberleyprocess.portal.statistics.domain.DiscrepancyStatus;
import org.kimberleyprocess.portal.statistics.domain.MirrorFigures;

/** The mirror discrepancies in the database. */
@ApplicationScoped
public class JpaDiscrepancies implements Discrepancies {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(Discrepancy discrepancy) {
        em.persist(discrepancy);
    }

    @Override
    public Optional<Discrepancy> byId(long id) {
        return Optional.ofNullable(em.find(Discrepancy.class, id));
    }

    @Override
    public List<Listed> listing(int year, String quarter) {
        Connection connection = em.unwrap(Connection.class);
        List<Listed> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select d.id, d.exporter_iso, d.importer_iso,"
                + " d.hs_code, d.period_year, d.period_code, d.exported_carats, d.exported_value, d.imported_carats,"
                + " d.imported_value, d.difference, d.status, d.explanation, d.found_at,"
                + " (select count(*) from statistics_discrepancy_comment c where c.discrepancy_id = d.id)"
                + " from statistics_discrepancy d where d.period_year = ?"
                + (quarter == null ? "" : " and d.period_code = ?")
                + " order by d.period_code, d.exporter_iso, d.importer_iso, d.hs_code")) {
            s.setInt(1, year);
            if (quarter != null) {
                s.setString(2, quarter);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Listed(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                            r.getString(6), new MirrorFigures(r.getBigDecimal(7), r.getBigDecimal(8),
                                    r.getBigDecimal(9), r.getBigDecimal(10)), r.getBigDecimal(11),
                            DiscrepancyStatus.valueOf(r.getString(12)), r.getString(13),
                            r.getObject(14, OffsetDateTime.class).toInstant(), r.getInt(15)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("mirror items could not be read", e);
        }
        return found;
    }

    @Override
    public List<Discrepancy> of(int year, String quarter) {
        String select = "select d from Discrepancy d where d.year = :y";
        String order = " order by d.periodCode, d.exporterIso, d.importerIso, d.hsCode";
        if (quarter == null) {
            return em.createQuery(select + order, Discrepancy.class).setParameter("y", year).getResultList();
        }
        return em.createQuery(select + " and d.periodCode = :q" + order, Discrepancy.class)
                .setParameter("y", year).setParameter("q", quarter).getResultList();
    }
}
