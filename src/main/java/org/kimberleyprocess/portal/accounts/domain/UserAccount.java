package org.kimberleyprocess.portal.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * A person's login: roles, the Participant, applicant state or Observer it acts for, the language it
 * prefers, and the state of its failed logins (the throttle). The username is the business key; only
 * the PBKDF2 hash of the password is kept.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int USERNAME_LENGTH = 60;
    public static final int DISPLAY_NAME_LENGTH = 120;
    public static final int EMAIL_LENGTH = org.kimberleyprocess.portal.platform.validation.EmailAddress.MAX_LENGTH;
    /** Failed logins in a row that are let through before the account is locked for a while. */
    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(30);

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Language language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The ISO code of the Participant or applicant state the account acts for (the registry's business key). */
    @Column(name = "acts_for_participant", length = 2)
    private String participant;

    /** The name of the Observer the account acts for (the registry's business key). */
    @Column(name = "acts_for_observer", length = 200)
    private String observer;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_expires_at")
    private Instant passwordExpiresAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the holder last chose a password (a change or a reset): logins and tokens from before end there. */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Instant createdAt) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            throw new BusinessException("membership.signup.error.username");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName, "display name is required");
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash is required");
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
    }

    /** Grants a role; a role that acts for one body needs that body bound first. */
    public void grant(Role role) {
        Objects.requireNonNull(role, "role is required");
        if ((role == Role.FOCAL_POINT || role == Role.APPLICANT) && participant == null) {
            throw new IllegalStateException(role + " needs the state it acts for");
        }
        if (role == Role.OBSERVER && observer == null) {
            throw new IllegalStateException("OBSERVER needs the organisation it acts for");
        }
        roles.add(role);
    }

    /** Takes a role away (e.g. APPLICANT once the state is admitted and its accounts become focal points). */
    public void revoke(Role role) {
        roles.remove(role);
    }

    /** The account acts for a Participant or applicant state, named by its ISO code. */
    public void actForParticipant(String isoCode) {
        this.participant = Objects.requireNonNull(isoCode, "state is required");
    }

    /** The account acts for an Observer, named as the registry records it. */
    public void actForObserver(String name) {
        this.observer = Objects.requireNonNull(name, "organisation is required");
    }

    /** What the account acts for from now on: a Participant's ISO code, an Observer's name, or (both null) nobody. */
    public void bindTo(String state, String organisation) {
        if (state != null && organisation != null) {
            throw new BusinessException("secretariat.accounts.error.binding");
        }
        this.participant = state;
        this.observer = organisation;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; from the sixth in a row the account is locked, each time twice as long. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        lockAfter(failedLogins, now).ifPresent(until -> lockedUntil = until);
    }

    /**
     * The throttle's rule: after this many failed logins in a row, locked until when (from the sixth failure,
     * one minute, doubling up to 30 minutes). Used alike for usernames without an account.
     */
    public static java.util.Optional<Instant> lockAfter(int failures, Instant now) {
        if (failures <= FREE_FAILURES) {
            return java.util.Optional.empty();
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 5);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return java.util.Optional.of(now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** Lifts the throttle's lock (the Secretariat's decision), and forgets the failures. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /**
     * The holder chose a new password (a change, a reset, or the first one of an invitation): every session opened
     * before it and every token issued before it open nothing any more (see the services that check them).
     */
    public void choosePassword(String newHash, Instant now) {
        changePasswordHash(newHash);
        this.credentialsChangedAt = Objects.requireNonNull(now, "now is required");
    }

    /** When the holder last chose a password, if ever. */
    public Optional<Instant> getCredentialsChangedAt() {
        return Optional.ofNullable(credentialsChangedAt);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "password hash is required");
        this.passwordExpiresAt = null;
        this.mustChangePassword = false;
    }

    /** Marks a password handed out by the system: the holder must choose a new one at first login. */
    /** The password is a one-time password: it must be changed at the first login and expires at the given time. */
    public void requirePasswordChange(Instant expiresAt) {
        this.passwordExpiresAt = expiresAt;
        requirePasswordChange();
    }

    /** Whether the password has expired (a one-time password not changed in time): it opens nothing. */
    public boolean isPasswordExpired(Instant now) {
        return passwordExpiresAt != null && !now.isBefore(passwordExpiresAt);
    }

    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void preferLanguage(Language preferred) {
        this.language = Objects.requireNonNull(preferred, "language is required");
    }

    /** The account of someone who left: it opens nothing until it is enabled again. */
    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
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

    public String getPasswordHash() {
        return passwordHash;
    }

    public Optional<Language> getLanguage() {
        return Optional.ofNullable(language);
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The ISO code of the state the account acts for, if any. */
    public Optional<String> getParticipantIso() {
        return Optional.ofNullable(participant);
    }

    /** The name of the Observer the account acts for, if any. */
    public Optional<String> getObserverName() {
        return Optional.ofNullable(observer);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<Instant> getLastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UserAccount other && username.equals(other.username));
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
