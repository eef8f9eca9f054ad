package org.kimberleyprocess.portal.accounts.domain;

import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * What the accounts side needs to know of the bodies an account acts for, answered by the capability that keeps
 * them (the registry), so that {@code platform} imports no capability.
 */
public interface ActingBodies {

    /** The status of the state with this ISO code; a {@code NotFoundException} when the registry has none. */
    String participantStatus(String isoCode);

    /** The Observer's name as recorded; a {@code NotFoundException} when no Observer bears it. */
    String observerName(String name);

    /** The state's name in a language. */
    String participantName(String isoCode, Language language);
}
