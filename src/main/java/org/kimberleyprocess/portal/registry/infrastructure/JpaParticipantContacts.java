package org.kimberleyprocess.portal.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantContact;
import org.kimberleyprocess.portal.registry.domain.ParticipantContacts;

/** {@link ParticipantContacts} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaParticipantContacts implements ParticipantContacts {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ParticipantContact> of(Participant participant) {
        return em.createQuery("select c from ParticipantContact c where c.participant = :p", ParticipantContact.class)
                .setParameter("p", participant).getResultList();
    }

    @Override
    public void add(ParticipantContact contact) {
        em.persist(contact);
    }
}
