package org.kimberleyprocess.portal.accounts.domain;

import java.util.List;
import java.util.Optional;

/** The portal's user accounts, by username. */
public interface UserAccounts {

    Optional<UserAccount> byUsername(String username);

    /** The account with this email address, whatever its case. */
    Optional<UserAccount> byEmail(String email);

    /** All accounts, by username. */
    List<UserAccount> all();

    /** The accounts acting for the Participant with this code, by username. */
    List<UserAccount> actingFor(String isoCode);

    /** The accounts acting for a Participant or an Observer. */
    List<UserAccount> actingForABody();

    boolean isEmpty();

    void add(UserAccount account);
}
