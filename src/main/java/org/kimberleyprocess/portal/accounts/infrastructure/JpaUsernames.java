package org.kimberleyprocess.portal.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.RequestedAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.Usernames;
import org.kimberleyprocess.portal.platform.i18n.Language;

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

    @Override
    public Optional<Usernames.Holder> holder(String username) {
        Optional<UserAccount> account = em.createQuery("select a from UserAccount a where a.username = :u",
                UserAccount.class).setParameter("u", username).getResultStream().findFirst();
        if (account.isPresent()) {
            return account.filter(a -> a.getEmail() != null)
                    .map(a -> new Usernames.Holder(a.getEmail(), a.getLanguage().orElse(Language.DEFAULT)));
        }
        for (String requests : new String[] {"Registration x", "ObserverRequest x"}) {
            Optional<RequestedAccount> requested = em.createQuery("select x.account from " + requests
                    + " where x.account.username = :u", RequestedAccount.class).setParameter("u", username)
                    .getResultStream().findFirst();
            if (requested.isPresent()) {
                return requested.map(r -> new Usernames.Holder(r.getEmail(), r.language()));
            }
        }
        return Optional.empty();
    }
}
