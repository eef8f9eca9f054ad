package org.kimberleyprocess.portal.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;

/** {@link UserAccounts} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaUserAccounts implements UserAccounts {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<UserAccount> byUsername(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byEmail(String email) {
        return em.createQuery("select a from UserAccount a where lower(a.email) = :e", UserAccount.class)
                .setParameter("e", email.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> all() {
        return em.createQuery("select a from UserAccount a order by a.username", UserAccount.class).getResultList();
    }

    @Override
    public List<UserAccount> actingFor(String isoCode) {
        return em.createQuery("select a from UserAccount a where a.participant = :iso order by a.username",
                UserAccount.class).setParameter("iso", isoCode).getResultList();
    }

    @Override
    public List<UserAccount> actingForABody() {
        return em.createQuery("select a from UserAccount a where a.participant is not null or a.observer is not null",
                UserAccount.class).getResultList();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult() == 0;
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }
}
