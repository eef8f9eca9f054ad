package org.kimberleyprocess.portal.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.accounts.domain.PasswordPolicy;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;

/** The account fields' limits as pages read them ({@code #{accountLimits…}}): the entity's own constants. */
@Named
@ApplicationScoped
public class AccountLimits {

    public int getUsernameLength() {
        return UserAccount.USERNAME_LENGTH;
    }

    public int getDisplayNameLength() {
        return UserAccount.DISPLAY_NAME_LENGTH;
    }

    public int getPasswordLength() {
        return PasswordPolicy.MAX_LENGTH;
    }
}
