package org.kimberleyprocess.portal.accounts.domain;

/**
 * Someone asked, in an anonymous request (a sign-up, an Observer request), for an account with a username that is
 * already held; nothing was stored, and {@link AccountMails} tells the holder.
 */
public record UsernameAsked(String username) {
}
