package org.kimberleyprocess.portal.accounts.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;

/** The {@link Caller}, answered from the container's principal and the caller's stored account. */
@Stateless
@PermitAll
public class AccountCaller implements Caller {

    @Resource
    private SessionContext context;

    @Inject
    private UserAccounts accounts;

    @Override
    public Optional<String> username() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name) ? Optional.empty() : Optional.of(name);
    }

    @Override
    public String name() {
        return username().orElseThrow(AccessDeniedException::new);
    }

    @Override
    public String actor() {
        return username().orElse(SYSTEM);
    }

    @Override
    public boolean isIn(Role... roles) {
        return Arrays.stream(roles).anyMatch(r -> context.isCallerInRole(r.name()));
    }

    @Override
    public Optional<String> participant() {
        return account().flatMap(UserAccount::getParticipantIso);
    }

    @Override
    public String ownParticipant() {
        return participant().orElseThrow(AccessDeniedException::new);
    }

    @Override
    public boolean actsFor(String isoCode) {
        return participant().map(iso -> iso.equals(isoCode)).orElse(false);
    }

    @Override
    public Optional<String> observer() {
        return account().flatMap(UserAccount::getObserverName);
    }

    private Optional<UserAccount> account() {
        return username().flatMap(accounts::byUsername);
    }
}
