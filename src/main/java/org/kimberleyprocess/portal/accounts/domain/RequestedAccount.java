package org.kimberleyprocess.portal.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.kimberleyprocess.portal.accounts.application.PasswordHasher;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.validation.EmailAddress;

/**
 * The account a person asks for in an anonymous request that someone approves later (an applicant's sign-up, an
 * Observer's request): checked and its password hashed when asked for, opened as a {@link UserAccount} on approval.
 * One way for both requests.
 */
@Embeddable
public class RequestedAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = UserAccount.USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = UserAccount.DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(length = 2)
    private String language;

    protected RequestedAccount() {
        // for JPA
    }

    RequestedAccount(String username, String displayName, String email, String passwordHash, Language language) {
        this.username = Objects.requireNonNull(username, "username is required");
        this.displayName = Objects.requireNonNull(displayName, "name is required");
        this.email = Objects.requireNonNull(email, "email is required");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash is required");
        this.language = (language == null ? Language.DEFAULT : language).code();
    }

    /**
     * What a person typed, checked by the rules for new accounts (a well-formed username; a name; an e-mail address;
     * a password by the policy; then that the username is free: {@link UsernameTakenException}); refused with a
     * translatable message, the password kept only as a hash.
     */
    public static RequestedAccount of(String displayName, String email, String username, String password,
                                      Language language, Usernames usernames, PasswordHasher hasher) {
        String name = NewAccountRules.name(displayName);
        String address = NewAccountRules.email(email);
        String wanted = NewAccountRules.wellFormedUsername(username);
        NewAccountRules.password(wanted, password);
        // whether the name is free is asked last, so that every other answer is the same for a taken name
        String free = NewAccountRules.free(usernames, wanted);
        return new RequestedAccount(free, name, address, hasher.hash(password), language);
    }

    /** A request whose password is already hashed (the demonstration data). */
    public static RequestedAccount hashed(String username, String displayName, String email, String passwordHash,
                                          Language language) {
        return new RequestedAccount(username, displayName, email, passwordHash, language);
    }

    /** The account, once the request is approved: the password the person chose, the language of the request. */
    public UserAccount open(Instant now) {
        UserAccount account = new UserAccount(username, displayName, email, passwordHash, now);
        Language.fromCode(language).ifPresent(account::preferLanguage);
        return account;
    }

    /** The language the person asked in (for the mails about the request). */
    public Language language() {
        return Language.fromCode(language).orElse(Language.DEFAULT);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }
}
