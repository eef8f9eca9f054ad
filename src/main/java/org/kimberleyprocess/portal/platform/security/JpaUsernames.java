package org.kimberleyprocess.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@link Usernames} in the database: accounts, sign-ups and Observer requests share one set of usernames. */
@ApplicationScoped
public class JpaUsernames implements Usernames {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean inUse(String username) {
        for (String entity : new String[] {"UserAccount", "Registration", "ObserverRequest"}) {
            long uses = em.createQuery("select count(x) from " + entity + " x where x.username = :u", Long.class)
                    .setParameter("u", username).getSingleResult();
            if (uses > 0) {
                return true;
            }
        }
        return false;
    }
}
