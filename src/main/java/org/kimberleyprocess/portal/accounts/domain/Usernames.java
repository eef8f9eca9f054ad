package org.kimberleyprocess.portal.accounts.domain;

import java.util.Optional;
import org.kimberleyprocess.portal.platform.i18n.Language;

/** Whether a username is taken: by an account, or by a sign-up or Observer request that may become one. */
public interface Usernames {

    boolean inUse(String username);

    /** Who holds a username (an account, or a pending request), to be told by mail. */
    Optional<Holder> holder(String username);

    /** The address and language of whoever holds a username. */
    record Holder(String email, Language language) {
    }
}
