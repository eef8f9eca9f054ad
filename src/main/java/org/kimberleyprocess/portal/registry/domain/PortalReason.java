package org.kimberleyprocess.portal.registry.domain;

import java.util.List;
import java.util.Objects;

/**
 * A reason the portal itself gives in a state's public status history: a message key and its arguments (such as an
 * application's reference), shown in the reader's language. Never prose in one language, never a person's name.
 */
public record PortalReason(String key, List<String> arguments) {

    /** The state applied through the portal's sign-up, confirmed by the Secretariat. */
    public static final PortalReason SIGN_UP = new PortalReason("registry.history.signUp", List.of());
    /** A removed state applies again through the sign-up. */
    public static final PortalReason APPLIES_AGAIN = new PortalReason("registry.history.appliesAgain", List.of());

    public PortalReason {
        Objects.requireNonNull(key, "key is required");
        arguments = List.copyOf(arguments);
    }

    /** Admitted on the decision about its application. */
    public static PortalReason admittedOn(String applicationReference) {
        return new PortalReason("registry.history.admitted", List.of(applicationReference));
    }
}
