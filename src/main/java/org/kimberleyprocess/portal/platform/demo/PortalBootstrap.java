package org.kimberleyprocess.portal.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.security.PasswordHasher;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.security.UserAccount;
import org.kimberleyprocess.portal.platform.security.UserAccounts;
import org.kimberleyprocess.portal.plenary.domain.Committee;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;
import org.kimberleyprocess.portal.plenary.domain.Committees;
import org.kimberleyprocess.portal.registry.application.ChairTermEntry;
import org.kimberleyprocess.portal.registry.application.ObserverEntry;
import org.kimberleyprocess.portal.registry.application.RegistryRecorder;
import org.kimberleyprocess.portal.registry.application.StateEntry;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.registry.infrastructure.RegistryFile;

/**
 * First start of an empty database. In demo mode: the Scheme as at the Sun City Plenary of October 2003
 * (45 Participants, the applicants, the Observers, the Chairs of 2003 and 2004) and one account per role.
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
    private Participants participants;

    @Inject
    private Observers observerRepository;

    @Inject
    private Committees committees;

    @Inject
    private PortalConfig config;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    @Inject
    private DemoProcedures procedures;

    @Inject
    private RegistryRecorder recorder;

    @PostConstruct
    void start() {
        boolean empty = accounts.isEmpty() && participants.isEmpty();
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
        for (String file : List.of("participants-2003", "applicants-2003", "observers-2003", "chair-terms-2003")) {
            for (RegistryFile.Line line : RegistryFile.resource("/reference/" + file + ".csv").lines()) {
                if (line.entry() instanceof StateEntry state) {
                    recorder.state(state, true);
                } else if (line.entry() instanceof ObserverEntry observer) {
                    recorder.observer(observer);
                } else if (line.entry() instanceof ChairTermEntry term) {
                    recorder.chairTerm(term);
                }
            }
        }
        Map<String, Participant> states = new HashMap<>();
        participants.all().forEach(p -> states.put(p.getIsoCode(), p));
        Map<String, Observer> observers = new HashMap<>();
        observerRepository.all().forEach(o -> observers.put(o.getName(), o));

        // The Participation Committee of 2003 (its chair is not in the record used here).
        Committee pc = committees.require(CommitteeCode.PARTICIPATION_COMMITTEE);
        for (String iso : List.of("AO", "CA", "EU", "IL", "RU", "ZA", "US")) {
            pc.addParticipant(states.get(iso));
        }
        pc.addObserver(observers.get("Global Witness"));
        pc.addObserver(observers.get("World Diamond Council"));

        String hash = hasher.hash(DEMO_PASSWORD);
        demoAccount("secretariat", "KP Secretariat", hash, Role.SECRETARIAT);
        demoAccount("chair", "Office of the KP Chair", hash, Role.CHAIR);
        demoAccount("committee", "Participation Committee member", hash, Role.PARTICIPATION_COMMITTEE);
        demoAccount("monitoring", "Working Group on Monitoring member", hash, Role.MONITORING);
        demoAccount("statistics", "Working Group on Statistics member", hash, Role.STATISTICS);
        UserAccount focal = newAccount("focal.bw", "Focal point of Botswana", hash);
        focal.actFor(states.get("BW"));
        focal.grant(Role.FOCAL_POINT);
        UserAccount applicant = newAccount("applicant.gh", "Representative of Ghana", hash);
        applicant.actFor(states.get("GH"));
        applicant.grant(Role.APPLICANT);
        UserAccount mexico = newAccount("applicant.mx", "Representative of Mexico", hash);
        mexico.actFor(states.get("MX"));
        mexico.grant(Role.APPLICANT);
        UserAccount observer = newAccount("observer.gw", "Global Witness delegate", hash);
        observer.actFor(observers.get("Global Witness"));
        observer.grant(Role.OBSERVER);
        observer.grant(Role.PARTICIPATION_COMMITTEE); // Global Witness sits on the Participation Committee

        procedures.load(states, hash, now);

        audit.fire(new Audited("DEMO_DATA_LOADED", "Registry", "2003", states.size() + " states, "
                + observers.size() + " Observers, 3 Chair terms, 12 demonstration accounts, a sign-up awaiting"
                + " confirmation and three applications in the procedure"));
        LOG.info(() -> "Demonstration data loaded: " + states.size() + " states, " + observers.size()
                + " Observers; demonstration accounts use the password in the README");
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
