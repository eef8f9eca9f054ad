package org.kimberleyprocess.portal.accounts.domain;

import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** What a new password must be: 12 to 128 characters, not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessException("account.password.error.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("account.password.error.tooLong", MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new BusinessException("account.password.error.sameAsUsername");
        }
    }
}
