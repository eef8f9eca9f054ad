package org.kimberleyprocess.portal.platform.security;

/** What an account acts for has changed; the roles that follow committee seats are recomputed for it. */
public record AccountBindingChanged(String username) {
}
