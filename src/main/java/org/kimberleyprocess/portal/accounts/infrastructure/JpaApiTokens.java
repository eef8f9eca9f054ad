package org.kimberleyprocess.portal.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.ApiToken;
import org.kimberleyprocess.portal.accounts.domain.ApiTokens;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.platform.security.SecretToken;

/** {@link ApiTokens} in the database (in the caller's transaction); only hashes of secrets are stored. */
@ApplicationScoped
public class JpaApiTokens implements ApiTokens {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ApiToken> bySecret(String secret) {
        return em.createQuery("select t from ApiToken t join fetch t.account where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", SecretToken.hash(secret)).getResultStream().findFirst();
    }

    @Override
    public Optional<ApiToken> byId(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> ofAccount(UserAccount account) {
        return em.createQuery("select t from ApiToken t where t.account = :a order by t.createdAt desc, t.id desc",
                ApiToken.class).setParameter("a", account).getResultList();
    }

    @Override
    public void noteUse(ApiToken token, Instant at) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
                .setParameter("at", at).setParameter("id", token.getId()).executeUpdate();
    }

    @Override
    public int revokeAll(UserAccount account, Instant at) {
        int live = 0;
        for (ApiToken token : ofAccount(account)) {
            if (token.isLive(at)) {
                token.revoke(at);
                live++;
            }
        }
        return live;
    }

    @Override
    public void add(ApiToken token) {
        em.persist(token);
    }
}
