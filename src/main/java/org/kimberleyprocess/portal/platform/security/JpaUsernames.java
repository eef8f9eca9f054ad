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
        for (String usernames : new String[] {"UserAccount x where x.username", "Registration x where x.account.username",
                "ObserverRequest x where x.account.username"}) {
            long uses = em.createQuery("select count(x) from " + usernames + " = :u", Long.class)
                    .setParameter("u", username).getSingleResult();
            if (uses > 0) {
                return true;
            }
        }
        return false;
    }
}
