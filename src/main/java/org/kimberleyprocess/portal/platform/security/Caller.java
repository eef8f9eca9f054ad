package org.kimberleyprocess.portal.platform.security;

import java.util.Optional;

/**
 * Who is calling, and for whom they act: the one place every service and page asks (the accounts capability answers,
 * from the caller's principal and stored account, anew on every call). Nothing else reads the principal.
 */
public interface Caller {

    /** The caller's username, if someone is signed in. */
    Optional<String> username();

    /** The caller's username; refused ({@code AccessDeniedException}) when nobody is signed in. */
    String name();

    /** Who a change is recorded as made by: the caller's username, or {@value #SYSTEM} (a timer, the first start). */
    String actor();

    /** Whether the caller holds at least one of the roles. */
    boolean isIn(Role... roles);

    /** The ISO code of the state (Participant or applicant) the caller's account acts for, if any. */
    Optional<String> participant();

    /** The state the caller's account acts for; refused ({@code AccessDeniedException}) when it acts for none. */
    String ownParticipant();

    /** Whether the caller's account acts for this state (its own data, whatever the state's standing). */
    boolean actsFor(String isoCode);

    /** The Observer the caller's account acts for, if any. */
    Optional<String> observer();

    /** What {@link #actor()} answers when nobody is calling. */
    String SYSTEM = "system";
}
