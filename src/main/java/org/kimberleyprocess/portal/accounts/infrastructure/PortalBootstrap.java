package org.kimberleyprocess.portal.accounts.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.kimberleyprocess.portal.accounts.application.PasswordHasher;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * First start of an empty database. In demo mode: one account per office of the Scheme, then each capability's
 * demonstration data ({@link DemoData}: the registry as at the Sun City Plenary of October 2003, the Participation
 * Committee of 2003, applications in the procedure).
 * Outside demo mode: only the first Secretariat account, whose password comes from configuration or is
 * printed once to the log and must be changed at first login.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "CountryNameCatalogue", "CommitteeCatalogue"})
public class PortalBootstrap {

    private static final Logger LOG = Logger.getLogger(PortalBootstrap.class.getName());

    /** The password of every demonstration account (demo mode only). */
    public static final String DEMO_PASSWORD = "kimberley-demo";

    @Inject
    private UserAccounts accounts;

    @Inject
    private PortalConfig config;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /** Each capability's demonstration data. */
    @Inject
    @Any
    private Instance<DemoData> capabilities;

    @PostConstruct
    void start() {
        boolean empty = accounts.isEmpty();
        if (!empty) {
            if (!config.isDemo()) {
                renewExpiredOneTimePassword();
            }
            return;
        }
        if (config.isDemo()) {
            loadDemonstration();
        } else {
            createFirstSecretariatAccount();
        }
    }

    private void loadDemonstration() {
        Instant now = clock.instant();
        String hash = hasher.hash(DEMO_PASSWORD);
        demoAccount("secretariat", "KP Secretariat", hash, Role.SECRETARIAT);
        demoAccount("chair", "Office of the KP Chair", hash, Role.CHAIR);
        demoAccount("committee", "Participation Committee member", hash, Role.PARTICIPATION_COMMITTEE);
        demoAccount("monitoring", "Working Group on Monitoring member", hash, Role.MONITORING);
        demoAccount("statistics", "Working Group on Statistics member", hash, Role.STATISTICS);
        List<String> loaded = new ArrayList<>(List.of("5 accounts with a role of the Scheme's offices"));
        capabilities.stream().sorted(Comparator.comparingInt(DemoData::order))
                .forEach(data -> loaded.add(data.load(now, hash)));
        audit.fire(new Audited("DEMO_DATA_LOADED", "Portal", "demo", String.join("; ", loaded)));
        LOG.info(() -> "Demonstration data loaded: " + String.join("; ", loaded)
                + "; demonstration accounts use the password in the README");
    }

    private void demoAccount(String username, String displayName, String hash, Role role) {
        newAccount(username, displayName, hash).grant(role);
    }

    private UserAccount newAccount(String username, String displayName, String hash) {
        UserAccount account = new UserAccount(username, displayName, username + "@demo.invalid", hash,
                clock.instant());
        accounts.add(account);
        return account;
    }

    /** How long the first Secretariat account's one-time password is valid. */
    static final java.time.Duration ONE_TIME_PASSWORD_VALIDITY = java.time.Duration.ofHours(24);

    /**
     * The first Secretariat account's one-time password expires unused after a day; while it has not been changed,
     * each start after that gives a new one (printed once to the log), so the operator is never locked out.
     */
    private void renewExpiredOneTimePassword() {
        accounts.byUsername(config.getAdminUsername())
                .filter(a -> a.isMustChangePassword() && a.isPasswordExpired(clock.instant()))
                .ifPresent(account -> {
                    FirstSecretariatPassword password = FirstSecretariatPassword.from(java.util.Optional.empty());
                    account.changePasswordHash(hasher.hash(password.value()));
                    account.requirePasswordChange(clock.instant().plus(ONE_TIME_PASSWORD_VALIDITY));
                    audit.fire(new Audited("PASSWORD_RENEWED", "UserAccount", account.getUsername(),
                            "one-time password expired unused; a new one was issued"));
                    LOG.warning(() -> "The one-time password of '" + account.getUsername() + "' had expired unused."
                            + " New one-time password: " + password.value() + " ; valid for 24 hours, it must be"
                            + " changed at first login. This is the only time it is shown.");
                });
    }

    private void createFirstSecretariatAccount() {
        String username = config.getAdminUsername();
        FirstSecretariatPassword password = FirstSecretariatPassword.from(config.getAdminPassword());
        UserAccount account = new UserAccount(username, "KP Secretariat", config.getAdminEmail().orElse(null),
                hasher.hash(password.value()), clock.instant());
        account.grant(Role.SECRETARIAT);
        if (password.oneTime()) {
            account.requirePasswordChange(clock.instant().plus(ONE_TIME_PASSWORD_VALIDITY));
        }
        accounts.add(account);
        audit.fire(new Audited("ACCOUNT_CREATED", "UserAccount", username, "first Secretariat account"));
        if (password.oneTime()) {
            LOG.warning(() -> "First Secretariat account '" + username + "' created with the one-time password "
                    + password.value() + " ; it must be changed at first login. This is the only time it is shown.");
        } else {
            LOG.info(() -> "First Secretariat account '" + username + "' created with the configured password");
        }
    }
}
