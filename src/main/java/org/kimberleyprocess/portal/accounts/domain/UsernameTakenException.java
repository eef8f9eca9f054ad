package org.kimberleyprocess.portal.accounts.domain;

import jakarta.ejb.ApplicationException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * The username asked for is held by an account or a pending request. An anonymous request does not say so on the
 * page (that would tell anyone which names exist): it answers as for any other request and tells the holder by mail
 * ({@link UsernameAsked}).
 */
@ApplicationException(rollback = true)
public class UsernameTakenException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String username;

    public UsernameTakenException(String username) {
        super("membership.signup.error.usernameTaken");
        this.username = username;
    }

    public String getUsername() {
        return username;
    }
}
