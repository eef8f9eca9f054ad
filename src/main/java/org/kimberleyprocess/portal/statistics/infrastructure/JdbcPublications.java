package org.kimberleyprocess.portal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.kimberleyprocess.portal.statistics.domain.Publications;

/** The published years in the database (one row per year). */
@ApplicationScoped
public class JdbcPublications implements Publications {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean isPublished(int year) {
        return !em.createNativeQuery("select period_year from statistics_publication where period_year = ?")
                .setParameter(1, year).getResultList().isEmpty();
    }

    @Override
    public void publish(int year, String by, Instant at) {
        if (!isPublished(year)) {
            em.createNativeQuery("insert into statistics_publication (period_year, published_by, published_at)"
                    + " values (?, ?, ?)").setParameter(1, year).setParameter(2, by)
                    .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate();
        }
    }

    @Override
    public List<Integer> years() {
        return ((List<?>) em.createNativeQuery("select period_year from statistics_publication order by period_year")
                .getResultList()).stream().map(o -> ((Number) o).intValue()).toList();
    }
}
