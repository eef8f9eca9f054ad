package org.kimberleyprocess.portal.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.mail.MailMessage;
import org.kimberleyprocess.portal.platform.mail.MailMessages;

/** The outbox in the database. */
@ApplicationScoped
public class JpaMailMessages implements MailMessages {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(MailMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<MailMessage> byId(long id) {
        return Optional.ofNullable(em.find(MailMessage.class, id));
    }

    @Override
    public List<MailMessage> latest(int max) {
        return em.createQuery("select m from MailMessage m order by m.createdAt desc, m.id desc", MailMessage.class)
                .setMaxResults(max).getResultList();
    }
}
