package org.kimberleyprocess.portal.accounts.domain;

import jakarta.validation.constraints.NotNull;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * An account the Secretariat opens, as its form posts it: username, name, e-mail address, one role, and the
 * Participant (ISO code) or Observer (name) it acts for, if any; the invitation goes out in {@code language}.
 * The rules on each value are the account's ({@code NewAccountRules}, {@code UserAccount}).
 */
public record NewAccount(String username, String displayName, String email,
                         @NotNull(message = "secretariat.accounts.error.role") Role role,
                         String participantIso, String observerName, Language language) {
}
