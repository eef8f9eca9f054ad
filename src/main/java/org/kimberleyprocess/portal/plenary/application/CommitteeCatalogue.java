package org.kimberleyprocess.portal.plenary.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kimberleyprocess.portal.plenary.domain.Committee;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;

/** Every committee and working group exists (empty until composed), in every database. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class CommitteeCatalogue {

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void ensure() {
        for (CommitteeCode code : CommitteeCode.values()) {
            long n = em.createQuery("select count(c) from Committee c where c.code = :c", Long.class)
                    .setParameter("c", code).getSingleResult();
            if (n == 0) {
                em.persist(new Committee(code));
            }
        }
    }
}
