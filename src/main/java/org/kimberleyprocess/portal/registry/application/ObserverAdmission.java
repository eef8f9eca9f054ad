package org.kimberleyprocess.portal.registry.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.kimberleyprocess.portal.accounts.application.PasswordHasher;
import org.kimberleyprocess.portal.accounts.domain.RequestedAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UsernameAsked;
import org.kimberleyprocess.portal.accounts.domain.UsernameTakenException;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;
import org.kimberleyprocess.portal.registry.domain.ObserverRequest;

/**
 * Organisations ask to become Observers (anyone may ask); the Chair or the Secretariat approves or refuses.
 * An approval creates the Observer and its delegate's account, which acts for it.
 */
@Stateless
public class ObserverAdmission {

    @Inject
    private Caller caller;

    @Inject
    private org.kimberleyprocess.portal.registry.domain.ObserverRequests requests;

    @Inject
    private org.kimberleyprocess.portal.accounts.domain.Usernames usernames;

    @Inject
    private org.kimberleyprocess.portal.registry.domain.Observers observers;

    @Inject
    private org.kimberleyprocess.portal.accounts.domain.UserAccounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<ObserverRequestDecided> decided;

    @Inject
    private PortalConfig config;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    @Inject
    private jakarta.enterprise.event.Event<UsernameAsked> usernameAsked;

    @Inject
    private CommandCheck check;

    /** What the request form asks; the account's own rules are {@code RequestedAccount}'s. */
    public record Form(
            @NotBlank(message = ORGANISATION) @Size(max = Observer.NAME_LENGTH, message = ORGANISATION)
            String organisation,
            @NotNull(message = "registry.observerRequest.error.kind") ObserverKind kind,
            String motivation, String delegateName, String email, String username, String password,
            Language language) {

        static final String ORGANISATION = "registry.observerRequest.error.organisation";
    }

    @PermitAll
    public void request(Form request) {
        Form form = check.valid(request);
        if (form.motivation() != null && form.motivation().length() > ObserverRequest.MOTIVATION_LENGTH) {
            throw new BusinessException("membership.error.tooLong", ObserverRequest.MOTIVATION_LENGTH);
        }
        Language language = form.language() == null ? Language.DEFAULT : form.language();
        if (observers.nameTaken(form.organisation())) {
            throw new BusinessException("registry.observerRequest.error.exists");
        }
        RequestedAccount account;
        try {
            account = RequestedAccount.of(form.delegateName(), form.email(), form.username(), form.password(),
                    language, usernames, hasher);
        } catch (UsernameTakenException taken) {
            // answered as any request: the page tells nobody which names exist; the name's holder is told by mail
            usernameAsked.fire(new UsernameAsked(taken.getUsername()));
            audit.fire(new Audited("OBSERVER_REQUEST_NAME_TAKEN", "ObserverRequest", taken.getUsername(),
                    form.organisation().strip()));
            return;
        }
        requests.add(new ObserverRequest(form.organisation(), form.kind(), form.motivation(), account,
                clock.instant()));
        audit.fire(new Audited("OBSERVER_REQUESTED", "ObserverRequest", account.getUsername(),
                form.organisation().strip()));
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public List<ObserverRequestView> pending() {
        return requests.pending().stream().map(ObserverRequestView::of).toList();
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public void approve(Long requestId) {
        ObserverRequest request = byId(requestId);
        request.approve(caller.name(), clock.instant());
        if (observers.nameTaken(request.getOrganisation())) {
            throw new BusinessException("registry.observerRequest.error.exists");
        }
        Observer observer = new Observer(request.getOrganisation(), request.getKind(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        observers.add(observer);
        UserAccount account = request.getAccount().open(clock.instant());
        account.actForObserver(observer.getName());
        account.grant(Role.OBSERVER);
        accounts.add(account);
        decided.fire(new ObserverRequestDecided(true, request.getEmail(), request.getOrganisation(),
                config.getPublicUrl() + "/accounts/login.xhtml", request.getLanguage()));
        audit.fire(new Audited("OBSERVER_APPROVED", "Observer", request.getOrganisation(), request.getUsername()));
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public void refuse(Long requestId) {
        ObserverRequest request = byId(requestId);
        request.refuse(caller.name(), clock.instant());
        decided.fire(new ObserverRequestDecided(false, request.getEmail(), request.getOrganisation(), null,
                request.getLanguage()));
        audit.fire(new Audited("OBSERVER_REFUSED", "ObserverRequest", request.getUsername(), null));
    }

    private ObserverRequest byId(Long id) {
        return requests.byId(id).orElseThrow(() -> new NotFoundException("ObserverRequest", id));
    }
}
