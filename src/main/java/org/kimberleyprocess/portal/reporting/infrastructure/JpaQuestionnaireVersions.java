package org.kimberleyprocess.portal.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersions;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.VersionStatus;

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

    /** The adopted version with the latest first year not after {@code year}: one row, not every version. */
    @Override
    public Optional<QuestionnaireVersion> applyingTo(int year) {
        return em.createQuery("select v from QuestionnaireVersion v where v.status = :adopted and v.firstYear <= :y"
                        + " order by v.firstYear desc, v.number desc", QuestionnaireVersion.class)
                .setParameter("adopted", VersionStatus.ADOPTED).setParameter("y", year).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Integer> numberApplyingTo(int year) {
        return em.createQuery("select v.number from QuestionnaireVersion v where v.status = :adopted"
                        + " and v.firstYear <= :y order by v.firstYear desc, v.number desc", Integer.class)
                .setParameter("adopted", VersionStatus.ADOPTED).setParameter("y", year).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Adopted versions are read once and kept (they never change, on any server); a draft is read each time. Every
     * save of an answer needs its questionnaire: this spares it reading the version's whole JSON form.
     */
    @Override
    public Questionnaire contentOf(int number) {
        Questionnaire kept = ADOPTED.get(number);
        if (kept != null) {
            return kept;
        }
        QuestionnaireVersion v = require(number);
        if (v.isAdopted()) {
            ADOPTED.put(number, v.content());
        }
        return v.content();
    }

    private static final java.util.Map<Integer, Questionnaire> ADOPTED = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public int nextNumber() {
        Integer max = em.createQuery("select max(v.number) from QuestionnaireVersion v", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
