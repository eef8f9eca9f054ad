package org.kimberleyprocess.portal.accounts.domain;

import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * An account in use got a new password (changed or reset): its tokens were revoked and its other sessions end.
 * Fired in the transaction of the change; {@link AccountMails} tells the holder.
 */
public record PasswordChanged(String email, String username, int tokensRevoked, Language language) {
}
