package org.kimberleyprocess.portal.accounts.domain;

import java.util.Locale;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
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
        return free(usernames, wellFormedUsername(username));
    }

    /** The username, normalised, if it is well-formed; otherwise a translated refusal. */
    public static String wellFormedUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!normalised.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            throw new BusinessException("membership.signup.error.username");
        }
        return normalised;
    }

    /** A well-formed username that nobody holds yet; refused as taken otherwise. */
    public static String free(Usernames usernames, String normalised) {
        if (usernames.inUse(normalised)) {
            throw new UsernameTakenException(normalised);
        }
        return normalised;
    }

    public static String name(String name) {
        return BoundedText.required(name, UserAccount.DISPLAY_NAME_LENGTH, "membership.signup.error.name",
                "membership.signup.error.name");
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
