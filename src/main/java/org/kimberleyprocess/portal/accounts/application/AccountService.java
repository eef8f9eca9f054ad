package org.kimberleyprocess.portal.accounts.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.accounts.domain.AccountBindingChanged;
import org.kimberleyprocess.portal.accounts.domain.ActingBodies;
import org.kimberleyprocess.portal.accounts.domain.ApiTokens;
import org.kimberleyprocess.portal.accounts.domain.LoginOutcome;
import org.kimberleyprocess.portal.accounts.domain.NewAccount;
import org.kimberleyprocess.portal.accounts.domain.NewAccountRules;
import org.kimberleyprocess.portal.accounts.domain.PasswordChanged;
import org.kimberleyprocess.portal.accounts.domain.PasswordLinkIssued;
import org.kimberleyprocess.portal.accounts.domain.PasswordPolicy;
import org.kimberleyprocess.portal.accounts.domain.PasswordReset;
import org.kimberleyprocess.portal.accounts.domain.PasswordResets;
import org.kimberleyprocess.portal.accounts.domain.UnknownLogins;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.accounts.domain.Usernames;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.security.SecretToken;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;

/**
 * Accounts: checking a login (with the throttle on repeated failures), the caller's own account, password
 * and language, and the lists of accounts that a role may see.
 */
@Stateless
public class AccountService {

    static final String[] ANY_ROLE = {Role.SECRETARIAT_NAME, Role.CHAIR_NAME, Role.PARTICIPATION_COMMITTEE_NAME,
        Role.MONITORING_NAME, Role.STATISTICS_NAME, Role.FOCAL_POINT_NAME, Role.APPLICANT_NAME, Role.OBSERVER_NAME};

    @Inject
    private org.kimberleyprocess.portal.accounts.domain.Usernames usernames;

    @Inject
    private UserAccounts accounts;

    @Inject
    private PasswordResets resets;

    @Inject
    private ActingBodies bodies;

    @Inject
    private CommandCheck check;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    @Inject
    private Caller caller;

    @Inject
    private UnknownLogins unknownNames;

    @Inject
    private Event<AccountBindingChanged> bindingChanged;

    @Inject
    private jakarta.enterprise.event.Event<PasswordLinkIssued> links;

    @Inject
    private org.kimberleyprocess.portal.platform.config.PortalConfig config;

    @Inject
    private ApiTokens tokens;

    @Inject
    private Event<PasswordChanged> passwordChanged;

    /** Checks a username and password; a locked account is refused whatever the password. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome authenticate(String username, String password) {
        if (username == null || password == null) {
            return LoginOutcome.refused();
        }
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<UserAccount> found = byUsername(name);
        if (found.isEmpty()) {
            hasher.hash(password); // spend the same time as for a real account
            // and answer as for a real account: "locked" after as many failures
            Instant now = clock.instant();
            Optional<Instant> locked = unknownNames.lockedUntil(name, now).or(() -> unknownNames.fail(name, now));
            return locked.map(LoginOutcome::locked).orElseGet(LoginOutcome::refused);
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (account.isLocked(now)) {
            return LoginOutcome.locked(account.getLockedUntil().orElseThrow());
        }
        if (!account.isEnabled() || account.isPasswordExpired(now) || !hasher.matches(password, account.getPasswordHash())) {
            boolean wasLocked = account.getLockedUntil().isPresent();
            account.recordFailedLogin(now);
            if (account.isLocked(now)) {
                audit.fire(new Audited("ACCOUNT_LOCKED", "UserAccount", account.getUsername(),
                        account.getFailedLogins() + " failed logins in a row" + (wasLocked ? " (again)" : "")));
                return LoginOutcome.locked(account.getLockedUntil().orElseThrow());
            }
            return LoginOutcome.refused();
        }
        account.recordSuccessfulLogin(now);
        // A one-time password opens the account only to change it: no role until it is changed.
        return LoginOutcome.accepted(account.getUsername(),
                account.isMustChangePassword() ? java.util.Set.of() : account.getRoles());
    }

    /** Whether an account is locked by the throttle now (for the login page's message). */
    @PermitAll
    public LoginOutcome lockState(String username) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<UserAccount> account = byUsername(name);
        Optional<Instant> until = account.isPresent()
                ? account.filter(a -> a.isLocked(now)).flatMap(UserAccount::getLockedUntil)
                : unknownNames.lockedUntil(name, now);
        return until.map(LoginOutcome::locked).orElse(LoginOutcome.refused());
    }

    /** The caller's own account. */
    @PermitAll // any logged-in account, with or without a role (the caller is looked up; none: refused)
    public AccountView myAccount() {
        return AccountView.of(caller());
    }

    @PermitAll // any logged-in account, with or without a role (the caller is looked up; none: refused)
    public void changePassword(@NotNull String currentPassword, @NotNull String newPassword) {
        UserAccount account = caller();
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("account.password.error.currentWrong");
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("account.password.error.unchanged");
        }
        newCredentials(account, hasher.hash(newPassword), "PASSWORD_CHANGED");
    }

    /**
     * A new password ends what the old one opened: every token of the account is revoked, and every session opened
     * before (but the one that made the change, which the page renews) ends at its next request. The holder gets a
     * mail saying so when the account was in use.
     */
    private boolean newCredentials(UserAccount account, String hash, String action) {
        Instant now = clock.instant();
        boolean inUse = account.getLastLoginAt().isPresent();
        account.choosePassword(hash, now);
        int revoked = tokens.revokeAll(account, now);
        audit.fire(new Audited(action, "UserAccount", account.getUsername(),
                revoked == 0 ? null : revoked + " API token(s) revoked"));
        if (inUse && account.getEmail() != null) {
            passwordChanged.fire(new PasswordChanged(account.getEmail(), account.getUsername(), revoked,
                    account.getLanguage().orElse(Language.DEFAULT)));
        }
        return inUse;
    }

    @PermitAll // any logged-in account, with or without a role (the caller is looked up; none: refused)
    public void preferLanguage(@NotNull Language language) {
        UserAccount account = caller();
        if (account.getLanguage().filter(language::equals).isEmpty()) {
            account.preferLanguage(language);
            audit.fire(new Audited("LANGUAGE_CHANGED", "UserAccount", account.getUsername(), language.code()));
        }
    }

    /** The language an account prefers, read at login to switch the session to it. */
    @PermitAll
    public Optional<Language> preferredLanguage(String username) {
        return byUsername(username).flatMap(UserAccount::getLanguage);
    }

    /**
     * What an account's access depends on: enabled or not, its roles, the Participant it acts for and that
     * Participant's status, the Observer it acts for, when its password was last chosen. A session keeps the value of its login; when the stored one
     * differs, the session ends (see {@link AccessFreshnessFilter}). Empty for an account that does not exist.
     */
    @PermitAll
    public Optional<String> accessFingerprint(String username) {
        return byUsername(username).map(a -> a.isEnabled() + "|" + a.isMustChangePassword() + "|" + a.getRoles().stream().map(Role::name).sorted()
                .collect(java.util.stream.Collectors.joining(",")) + "|"
                + a.getParticipantIso().map(iso -> iso + ":" + bodies.participantStatus(iso)).orElse("") + "|"
                + a.getObserverName().orElse("") + "|"
                + a.getCredentialsChangedAt().map(Instant::toEpochMilli).orElse(0L));
    }

    /**
     * "Forgot password": when the name is an enabled account's username or email address, a single-use link valid
     * for an hour is mailed to the account's address, in its language. The caller learns nothing either way.
     */
    @PermitAll
    public void requestPasswordReset(String usernameOrEmail, Language pageLanguage) {
        String given = usernameOrEmail == null ? "" : usernameOrEmail.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<UserAccount> found = byUsername(given).or(() -> accounts.byEmail(given));
        found.filter(UserAccount::isEnabled).filter(a -> a.getEmail() != null).ifPresent(account -> {
            String token = SecretToken.newToken();
            resets.add(new PasswordReset(account, token, clock.instant()));
            links.fire(new PasswordLinkIssued(PasswordLinkIssued.Purpose.RESET, account.getEmail(),
                    account.getDisplayName(), account.getUsername(),
                    config.getPublicUrl() + "/accounts/password-reset.xhtml?token=" + token,
                    account.getLanguage().orElse(pageLanguage)));
            audit.fire(new Audited("PASSWORD_RESET_REQUESTED", "UserAccount", account.getUsername(), null));
        });
    }

    /** Whether a reset link is still usable (to show its form or say at once that it is not). */
    @PermitAll
    public boolean resetLinkUsable(String token) {
        return reset(token).map(r -> r.isUsable(clock.instant())).orElse(false);
    }

    /**
     * Sets a new password with a reset link; the link is spent, the throttle's lock lifted. Returns whether the
     * account was in use (its sessions and tokens, if any, end now), as against a first password chosen through an
     * invitation.
     */
    @PermitAll
    public boolean resetPassword(String token, String newPassword) {
        PasswordReset reset = reset(token).orElseThrow(() -> new BusinessException("account.reset.error.link"));
        UserAccount account = reset.use(clock.instant());
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.unlock();
        return newCredentials(account, hasher.hash(newPassword), "PASSWORD_RESET");
    }

    private Optional<PasswordReset> reset(String token) {
        return resets.byToken(token);
    }

    // ---- people and accounts ------------------------------------------------------------------------

    /**
     * The Secretariat opens an account for someone: username, name, email, one role, and the Participant or
     * Observer it acts for (if any). The person gets a link by mail to choose a password (valid for a week);
     * until then the account has no password that anyone knows.
     */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void createAccount(NewAccount request) {
        NewAccount r = check.valid(request);
        Role role = r.role();
        String participantIso = r.participantIso();
        String observerName = r.observerName();
        String name = NewAccountRules.freeUsername(usernames, r.username());
        UserAccount account = new UserAccount(name, NewAccountRules.name(r.displayName()),
                NewAccountRules.email(r.email()), hasher.hash(SecretToken.newToken()), clock.instant());
        boolean bound = (participantIso != null && !participantIso.isBlank())
                || (observerName != null && !observerName.isBlank());
        if (bound && role.followsSeats()) {
            throw new BusinessException("secretariat.accounts.error.seatRole");
        }
        account.grant(role);
        if (participantIso != null && !participantIso.isBlank()) {
            account.actForParticipant(participant(IsoCode.normalised(participantIso)));
        } else if (observerName != null && !observerName.isBlank()) {
            account.actForObserver(observer(observerName.strip()));
        }
        accounts.add(account);
        audit.fire(new Audited("ACCOUNT_CREATED", "UserAccount", name, role.name()));
        invite(account, r.language());
    }

    /** A focal point invites a colleague of its own Participant, who gets the focal-point role and a link by mail. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public void inviteColleague(String username, String displayName, String email, Language language) {
        String participant = caller().getParticipantIso().orElseThrow(AccessDeniedException::new);
        String name = NewAccountRules.freeUsername(usernames, username);
        UserAccount account = new UserAccount(name, NewAccountRules.name(displayName), NewAccountRules.email(email),
                hasher.hash(SecretToken.newToken()), clock.instant());
        account.actForParticipant(participant);
        account.grant(Role.FOCAL_POINT);
        accounts.add(account);
        audit.fire(new Audited("ACCOUNT_CREATED", "UserAccount", name, "colleague of " + caller().getUsername()));
        invite(account, language);
    }

    private void invite(UserAccount account, Language language) {
        String token = SecretToken.newToken();
        resets.add(new PasswordReset(account, token, clock.instant(), PasswordReset.INVITATION_VALIDITY));
        links.fire(new PasswordLinkIssued(PasswordLinkIssued.Purpose.INVITATION, account.getEmail(),
                account.getDisplayName(), account.getUsername(),
                config.getPublicUrl() + "/accounts/password-reset.xhtml?token=" + token, language));
    }

    /**
     * Disables or enables an account (someone left, or came back). The Secretariat may do so for any account but
     * its own; a focal point for the accounts of its own Participant but its own. The change takes effect on the
     * account's next request.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.FOCAL_POINT_NAME})
    public void setEnabled(String username, boolean enabled) {
        UserAccount account = manageable(username);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.fire(new Audited(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "UserAccount", username, null));
    }

    /** The Secretariat gives or takes a role; the change takes effect on the account's next request. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void changeRole(String username, Role role, boolean granted) {
        UserAccount account = manageable(username);
        if (role == null) {
            throw new BusinessException("secretariat.accounts.error.role");
        }
        if (role.followsSeats() && (account.getParticipantIso().isPresent() || account.getObserverName().isPresent())) {
            throw new BusinessException("secretariat.accounts.error.seatRole");
        }
        if (granted) {
            account.grant(role);
        } else {
            account.revoke(role);
        }
        audit.fire(new Audited("ROLE_CHANGED", "UserAccount", username, (granted ? "+" : "-") + role));
    }

    /**
     * The Secretariat changes what an account acts for: a Participant's ISO code (two letters), an Observer's name,
     * or nothing. Takes effect on the account's next request.
     */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void changeBinding(String username, String actsFor) {
        UserAccount account = manageable(username);
        String target = actsFor == null ? "" : actsFor.strip();
        if (target.isEmpty()) {
            account.bindTo(null, null);
        } else if (target.matches("[A-Za-z]{2}")) {
            account.bindTo(participant(IsoCode.normalised(target)), null);
        } else {
            account.bindTo(null, observer(target));
        }
        audit.fire(new Audited("BINDING_CHANGED", "UserAccount", username, target.isEmpty() ? "none" : target));
        bindingChanged.fire(new AccountBindingChanged(username));
    }

    /** The ISO code of a state the registry holds (refused as not found otherwise). */
    private String participant(String iso) {
        bodies.participantStatus(iso);
        return iso;
    }

    /** An Observer's name as the registry records it (refused as not found otherwise). */
    private String observer(String name) {
        return bodies.observerName(name);
    }

    private UserAccount manageable(String username) {
        UserAccount account = byUsername(username).orElseThrow(() -> new NotFoundException("UserAccount", username));
        UserAccount me = caller();
        if (account.equals(me)) {
            throw new BusinessException("secretariat.accounts.error.self");
        }
        if (!caller.isIn(Role.SECRETARIAT)) {
            String own = me.getParticipantIso().orElse(null);
            if (own == null || !own.equals(account.getParticipantIso().orElse(null))) {
                throw new AccessDeniedException();
            }
        }
        return account;
    }

    /** Whether an account must choose a new password before it does anything else. */
    @PermitAll
    public boolean mustChangePassword(String username) {
        return byUsername(username).map(UserAccount::isMustChangePassword).orElse(false);
    }

    /** Lifts the lock that repeated failed logins put on an account. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void unlock(@NotNull String username) {
        UserAccount account = byUsername(username).orElseThrow(() -> new NotFoundException("UserAccount", username));
        account.unlock();
        audit.fire(new Audited("ACCOUNT_UNLOCKED", "UserAccount", username, null));
    }

    /** All accounts: the Secretariat's view. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public List<AccountView> allAccounts() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    /**
     * The accounts that act for one Participant (or applicant state): KP-only data. The Secretariat sees any;
     * a focal point or applicant sees only those of the state it acts for.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.FOCAL_POINT_NAME, Role.APPLICANT_NAME})
    public List<AccountView> accountsActingFor(@NotNull String isoCode) {
        if (!caller.isIn(Role.SECRETARIAT)) {
            String own = caller().getParticipantIso().orElse(null);
            if (!isoCode.equals(own)) {
                throw new AccessDeniedException();
            }
        }
        return accounts.actingFor(isoCode).stream().map(AccountView::of).toList();
    }

    /** The logged-in caller's account; anyone else is refused as not logged in. */
    private UserAccount caller() {
        return byUsername(caller.name()).orElseThrow(AccessDeniedException::new);
    }

    private Optional<UserAccount> byUsername(String username) {
        return accounts.byUsername(username);
    }
}
