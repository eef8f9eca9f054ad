package org.kimberleyprocess.portal.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.accounts.domain.LoginOutcome;
import org.kimberleyprocess.portal.platform.security.Role;

/** The database identity store: accounts and their roles (as groups, mapped to roles of the same name). */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
        if (outcome.kind() != LoginOutcome.Kind.ACCEPTED) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = outcome.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(outcome.username(), groups);
    }
}
