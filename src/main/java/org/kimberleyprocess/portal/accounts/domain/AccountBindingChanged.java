package org.kimberleyprocess.portal.accounts.domain;

/** What an account acts for has changed; the roles that follow committee seats are recomputed for it. */
public record AccountBindingChanged(String username) {
}
