package org.kimberleyprocess.portal.platform.security;

import java.util.Locale;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.validation.EmailAddress;

/**
 * What every self-service form that asks for a future account checks (sign-up, Observer request): a valid
 * username that no account or pending request uses, a name, an email address, a password by the policy.
 */
public final class NewAccountRules {

    private NewAccountRules() {
    }

    /** The username, normalised, if it is well-formed and free; otherwise a translated refusal. */
    public static String freeUsername(Usernames usernames, String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!normalised.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            throw new BusinessException("membership.signup.error.username");
        }
        if (usernames.inUse(normalised)) {
            throw new BusinessException("membership.signup.error.usernameTaken");
        }
        return normalised;
    }

    public static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > UserAccount.DISPLAY_NAME_LENGTH) {
            throw new BusinessException("membership.signup.error.name");
        }
        return name.strip();
    }

    public static String email(String email) {
        String e = email == null ? "" : email.strip();
        if (!EmailAddress.isValid(e)) {
            throw new BusinessException("membership.contact.error.email");
        }
        return e;
    }

    public static void password(String username, String password) {
        PasswordPolicy.check(username, password);
    }
}
