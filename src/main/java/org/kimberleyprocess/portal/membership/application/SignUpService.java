package org.kimberleyprocess.portal.membership.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.accounts.application.PasswordHasher;
import org.kimberleyprocess.portal.accounts.domain.RequestedAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UsernameAsked;
import org.kimberleyprocess.portal.accounts.domain.UsernameTakenException;
import org.kimberleyprocess.portal.membership.domain.Registration;
import org.kimberleyprocess.portal.membership.domain.Registrations;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.registry.domain.PortalReason;

/**
 * Sign-up of an applicant state's representative: the form (public), the email link, and the Secretariat's
 * confirmation that the person speaks for the state, which creates the account (and, for a state new to the
 * Scheme, its entry as an applicant).
 */
@Stateless
public class SignUpService {

    @Inject
    private Caller caller;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    @Inject
    private Registrations registrations;

    @Inject
    private org.kimberleyprocess.portal.accounts.domain.Usernames usernames;

    @Inject
    private org.kimberleyprocess.portal.registry.domain.Participants participants;

    @Inject
    private org.kimberleyprocess.portal.accounts.domain.UserAccounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<SignUpMoved> moved;

    @Inject
    private Event<UsernameAsked> usernameAsked;

    @Inject
    private PortalConfig config;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /** What the sign-up form asks. */
    public record Form(String displayName, String email, String username, String password, String isoCode,
                       Language language) {
    }

    /**
     * A sign-up: the address gets a link to verify it. A username that is already held stores nothing and answers
     * the same (its holder is told by mail), so that the form tells nobody which usernames exist.
     */
    @PermitAll
    public void signUp(Form form) {
        String iso = IsoCode.normalised(form.isoCode());
        if (!ISO_CODES.contains(iso)) {
            throw new BusinessException("membership.signup.error.state");
        }
        findParticipant(iso).filter(p -> p.getStatus() == ParticipationStatus.PARTICIPANT
                        || p.getStatus() == ParticipationStatus.SUSPENDED)
                .ifPresent(p -> {
                    throw new BusinessException("membership.signup.error.alreadyParticipant");
                });
        Language language = form.language() == null ? Language.DEFAULT : form.language();
        RequestedAccount account;
        try {
            account = RequestedAccount.of(form.displayName(), form.email(), form.username(), form.password(),
                    language, usernames, hasher);
        } catch (UsernameTakenException taken) {
            // answered as any sign-up (the page tells nobody which names exist); the name's holder is told by mail
            usernameAsked.fire(new UsernameAsked(taken.getUsername()));
            audit.fire(new Audited("SIGN_UP_NAME_TAKEN", "Registration", taken.getUsername(), iso));
            return;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Registration registration = new Registration(account, iso, token, clock.instant());
        registrations.add(registration);
        String link = config.getPublicUrl() + "/membership/signup-verify.xhtml?token=" + token;
        moved.fire(new SignUpMoved(SignUpMoved.Step.RECEIVED, account.getEmail(), account.getDisplayName(), iso, link,
                language));
        audit.fire(new Audited("SIGNED_UP", "Registration", account.getUsername(), iso));
    }

    /** The email link: the address is verified and the sign-up waits for the Secretariat. */
    @PermitAll
    public void verify(String token) {
        Registration registration = registrations.byToken(token)
                .orElseThrow(() -> new BusinessException("membership.signup.error.link"));
        registration.verify(token, clock.instant());
        audit.fire(new Audited("EMAIL_VERIFIED", "Registration", registration.getUsername(), null));
    }

    @RolesAllowed(Role.SECRETARIAT_NAME)
    public List<RegistrationView> awaitingConfirmation() {
        return registrations.awaitingConfirmation().stream().map(RegistrationView::of).toList();
    }

    /** The Secretariat confirms the binding: the account is created, acting for the state as its applicant. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void confirm(Long registrationId) {
        Registration registration = registration(registrationId);
        registration.confirm(caller.name(), clock.instant());
        Participant state = findParticipant(registration.getIsoCode()).orElseGet(() -> {
            Participant newcomer = Participant.enteredByPortal(registration.getIsoCode(),
                    CountryNames.name(registration.getIsoCode(), Language.EN), ParticipantKind.STATE,
                    ParticipationStatus.APPLICANT, LocalDate.now(clock.withZone(ZoneOffset.UTC)), PortalReason.SIGN_UP,
                    clock.instant());
            participants.add(newcomer);
            return newcomer;
        });
        if (state.getStatus() == ParticipationStatus.REMOVED) {
            state.changeStatusByPortal(ParticipationStatus.APPLICANT, LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                    null, PortalReason.APPLIES_AGAIN, clock.instant());
        }
        if (state.getStatus() != ParticipationStatus.APPLICANT) {
            throw new BusinessException("membership.signup.error.alreadyParticipant");
        }
        UserAccount account = registration.getAccount().open(clock.instant());
        account.actForParticipant(state.getIsoCode());
        account.grant(Role.APPLICANT);
        accounts.add(account);
        moved.fire(new SignUpMoved(SignUpMoved.Step.CONFIRMED, registration.getEmail(), registration.getDisplayName(),
                state.getIsoCode(), config.getPublicUrl() + "/accounts/login.xhtml", registration.getLanguage()));
        audit.fire(new Audited("SIGN_UP_CONFIRMED", "Registration", registration.getUsername(),
                state.getIsoCode()));
    }

    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void refuse(Long registrationId) {
        Registration registration = registration(registrationId);
        registration.refuse(caller.name(), clock.instant());
        moved.fire(new SignUpMoved(SignUpMoved.Step.REFUSED, registration.getEmail(), registration.getDisplayName(),
                registration.getIsoCode(), null, registration.getLanguage()));
        audit.fire(new Audited("SIGN_UP_REFUSED", "Registration", registration.getUsername(), null));
    }

    private Registration registration(Long id) {
        return registrations.byId(id).orElseThrow(() -> new NotFoundException("Registration", id));
    }

    private java.util.Optional<Participant> findParticipant(String iso) {
        return participants.byIso(iso);
    }
}
