package org.kimberleyprocess.portal.accounts.domain;

import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * A single-use link to set a password was issued: to reset a forgotten one, or to take up an invitation. Fired in
 * the transaction that stores the link; {@link AccountMails} writes the mail.
 */
public record PasswordLinkIssued(Purpose purpose, String email, String displayName, String username, String link,
                                 Language language) {

    /** Why the link was issued. */
    public enum Purpose { RESET, INVITATION }
}
