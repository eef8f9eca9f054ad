package org.kimberleyprocess.portal.registry.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.platform.mail.Outbox;
import org.kimberleyprocess.portal.platform.security.PasswordHasher;
import org.kimberleyprocess.portal.platform.security.NewAccountRules;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.security.UserAccount;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;
import org.kimberleyprocess.portal.registry.domain.ObserverRequest;

/**
 * Organisations ask to become Observers (anyone may ask); the Chair or the Secretariat approves or refuses.
 * An approval creates the Observer and its delegate's account, which acts for it.
 */
@Stateless
public class ObserverAdmission {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Outbox outbox;

    @Inject
    private PortalConfig config;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    @Resource
    private SessionContext context;

    /** What the request form asks. */
    public record Form(String organisation, ObserverKind kind, String motivation, String delegateName, String email,
                       String username, String password, Language language) {
    }

    @PermitAll
    public void request(Form form) {
        if (form.organisation() == null || form.organisation().isBlank()
                || form.organisation().length() > Observer.NAME_LENGTH) {
            throw new BusinessException("registry.observerRequest.error.organisation");
        }
        if (form.kind() == null) {
            throw new BusinessException("registry.observerRequest.error.kind");
        }
        String delegate = NewAccountRules.name(form.delegateName());
        String email = NewAccountRules.email(form.email());
        if (form.motivation() != null && form.motivation().length() > 2000) {
            throw new BusinessException("membership.error.tooLong", 2000);
        }
        String username = NewAccountRules.freeUsername(em, form.username());
        NewAccountRules.password(username, form.password());
        if (count("select count(o) from Observer o where lower(o.name) = :v",
                form.organisation().strip().toLowerCase(Locale.ROOT)) > 0) {
            throw new BusinessException("registry.observerRequest.error.exists");
        }
        Language language = form.language() == null ? Language.DEFAULT : form.language();
        em.persist(new ObserverRequest(form.organisation(), form.kind(), form.motivation(), delegate, email,
                username, hasher.hash(form.password()), language.code(), clock.instant()));
        audit.fire(new Audited("OBSERVER_REQUESTED", "ObserverRequest", username, form.organisation().strip()));
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public List<ObserverRequest> pending() {
        return em.createQuery("select r from ObserverRequest r where r.status = :s order by r.createdAt",
                ObserverRequest.class).setParameter("s", ObserverRequest.Status.PENDING).getResultList();
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public void approve(Long requestId) {
        ObserverRequest request = byId(requestId);
        request.approve(context.getCallerPrincipal().getName(), clock.instant());
        if (count("select count(o) from Observer o where lower(o.name) = :v",
                request.getOrganisation().toLowerCase(Locale.ROOT)) > 0) {
            throw new BusinessException("registry.observerRequest.error.exists");
        }
        Observer observer = new Observer(request.getOrganisation(), request.getKind(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        em.persist(observer);
        UserAccount account = new UserAccount(request.getUsername(), request.getDelegateName(), request.getEmail(),
                request.getPasswordHash(), clock.instant());
        account.actFor(observer);
        account.grant(Role.OBSERVER);
        Language.fromCode(request.getLanguage()).ifPresent(account::preferLanguage);
        em.persist(account);
        Language language = Language.fromCode(request.getLanguage()).orElse(Language.DEFAULT);
        outbox.queue(request.getEmail(), Messages.text(language, "mail.observer.approved.subject"),
                Messages.text(language, "mail.observer.approved.body", request.getOrganisation(),
                        config.getPublicUrl() + "/login.xhtml"));
        audit.fire(new Audited("OBSERVER_APPROVED", "Observer", request.getOrganisation(), request.getUsername()));
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public void refuse(Long requestId) {
        ObserverRequest request = byId(requestId);
        request.refuse(context.getCallerPrincipal().getName(), clock.instant());
        Language language = Language.fromCode(request.getLanguage()).orElse(Language.DEFAULT);
        outbox.queue(request.getEmail(), Messages.text(language, "mail.observer.refused.subject"),
                Messages.text(language, "mail.observer.refused.body", request.getOrganisation()));
        audit.fire(new Audited("OBSERVER_REFUSED", "ObserverRequest", request.getUsername(), null));
    }

    private long count(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult();
    }

    private ObserverRequest byId(Long id) {
        ObserverRequest r = id == null ? null : em.find(ObserverRequest.class, id);
        if (r == null) {
            throw new NotFoundException("ObserverRequest", id);
        }
        return r;
    }
}
