package org.kimberleyprocess.portal.registry.application;

import org.kimberleyprocess.portal.platform.i18n.Language;

/** The Chair or the Secretariat decided on an Observer request; the notifier writes to the delegate. */
public record ObserverRequestDecided(boolean approved, String email, String organisation, String loginLink,
                                     Language language) {
}
