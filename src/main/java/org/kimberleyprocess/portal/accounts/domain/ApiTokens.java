package org.kimberleyprocess.portal.accounts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Personal API tokens, found by the hash of their secret or by their account. */
public interface ApiTokens {

    Optional<ApiToken> bySecret(String secret);

    Optional<ApiToken> byId(long id);

    /** The account's tokens, newest first. */
    List<ApiToken> ofAccount(UserAccount account);

    void add(ApiToken token);

    /** Revokes every live token of an account; returns how many were live. */
    int revokeAll(UserAccount account, Instant at);

    /** Writes down a use without taking the token's version (concurrent requests with one token do not clash). */
    void noteUse(ApiToken token, Instant at);
}
