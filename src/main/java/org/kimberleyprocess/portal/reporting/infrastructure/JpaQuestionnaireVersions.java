package org.kimberleyprocess.portal.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.reporting.domain.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.QuestionnaireVersions;

/** The questionnaire's versions in the database. */
@ApplicationScoped
public class JpaQuestionnaireVersions implements QuestionnaireVersions {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(QuestionnaireVersion version) {
        em.persist(version);
        // written at once: reports refer to it by its number, a reference the persistence provider cannot order by
        em.flush();
    }

    @Override
    public Optional<QuestionnaireVersion> byNumber(int number) {
        return em.createQuery("select v from QuestionnaireVersion v where v.number = :n", QuestionnaireVersion.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public List<QuestionnaireVersion> all() {
        return em.createQuery("select v from QuestionnaireVersion v order by v.number", QuestionnaireVersion.class)
                .getResultList();
    }

    @Override
    public int nextNumber() {
        Integer max = em.createQuery("select max(v.number) from QuestionnaireVersion v", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
