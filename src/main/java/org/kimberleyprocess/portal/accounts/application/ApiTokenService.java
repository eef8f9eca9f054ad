package org.kimberleyprocess.portal.accounts.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.ApiToken;
import org.kimberleyprocess.portal.accounts.domain.ApiTokens;
import org.kimberleyprocess.portal.accounts.domain.LoginOutcome;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.SecretToken;

/**
 * Personal API tokens: each account creates, lists and revokes its own; the portal's authentication checks the
 * one a request carries. A token acts with its account's roles of the moment, so a role taken away, a disabled
 * account or a password to be changed stops it at its next use.
 */
@Stateless
public class ApiTokenService {

    @Inject
    private Caller caller;

    @Inject
    private ApiTokens tokens;

    @Inject
    private UserAccounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /** Creates a token for the caller's own account; its secret is in the answer and nowhere else. */
    @PermitAll // any signed-in account (the caller is looked up; none: refused)
    public IssuedToken issue(String label, Integer days) {
        UserAccount account = caller();
        if (account.isMustChangePassword()) {
            throw new BusinessException("account.tokens.error.passwordFirst");
        }
        Instant now = clock.instant();
        if (tokens.ofAccount(account).stream().filter(t -> t.isLive(now)).count() >= ApiToken.MAX_LIVE) {
            throw new BusinessException("account.tokens.error.tooMany", ApiToken.MAX_LIVE);
        }
        String secret = SecretToken.newToken();
        ApiToken token = new ApiToken(account, label, secret, days == null ? ApiToken.DEFAULT_DAYS : days, now);
        tokens.add(token);
        audit.fire(new Audited("API_TOKEN_CREATED", "UserAccount", account.getUsername(), token.getLabel()));
        return new IssuedToken(token.getId(), token.getLabel(), secret, token.getExpiresAt());
    }

    /** The caller's tokens, newest first, without their secrets. */
    @PermitAll // any signed-in account (the caller is looked up; none: refused)
    public List<ApiTokenView> mine() {
        Instant now = clock.instant();
        return tokens.ofAccount(caller()).stream().map(t -> ApiTokenView.of(t, now)).toList();
    }

    /** Revokes one of the caller's tokens; another account's token is "not found", like a missing one. */
    @PermitAll // any signed-in account (the caller is looked up; none: refused)
    public void revoke(long id) {
        UserAccount account = caller();
        ApiToken token = tokens.byId(id).filter(t -> t.getAccount().equals(account))
                .orElseThrow(() -> new NotFoundException("token", id));
        if (token.getRevokedAt().isEmpty()) {
            token.revoke(clock.instant());
            audit.fire(new Audited("API_TOKEN_REVOKED", "UserAccount", account.getUsername(), token.getLabel()));
        }
    }

    /**
     * Who a request's token opens, with the account's roles now: empty for an unknown, expired or revoked token, or
     * an account that is disabled, locked or must change its password.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LoginOutcome> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.bySecret(secret.strip()).filter(t -> t.isLive(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccount account = found.get().getAccount();
        if (!account.isEnabled() || account.isLocked(now) || account.isMustChangePassword()
                || account.isPasswordExpired(now)) {
            return Optional.empty();
        }
        if (found.get().isUseWorthNoting(now)) {
            tokens.noteUse(found.get(), now);
        }
        return Optional.of(LoginOutcome.accepted(account.getUsername(), account.getRoles()));
    }

    private UserAccount caller() {
        return accounts.byUsername(caller.name()).orElseThrow(AccessDeniedException::new);
    }
}
