package org.kimberleyprocess.portal.membership.application;

import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * A sign-up was received (its verification link to mail) or decided by the Secretariat; the notifier writes to the
 * representative in the language of the sign-up.
 */
public record SignUpMoved(Step step, String email, String displayName, String isoCode, String link,
                          Language language) {

    /** What happened to the sign-up. */
    public enum Step { RECEIVED, CONFIRMED, REFUSED }
}
