package org.kimberleyprocess.portal.plenary.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.plenary.domain.Committee;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;
import org.kimberleyprocess.portal.plenary.domain.Committees;
import org.kimberleyprocess.portal.registry.domain.ParticipantStatusChanged;

/**
 * The roles that committee seats give: an account acting for a member Observer, or for a member Participant in
 * good standing, has the committee's role; it loses the role with the seat, and while its Participant is
 * suspended or removed. Recomputed whenever a seat, a Participant's status or an account's binding changes.
 */
@ApplicationScoped
public class SeatRoles {

    @Inject
    private Committees committees;

    @Inject
    private UserAccounts accounts;

    @Inject
    private Event<Audited> audit;

    void onStatusChange(@Observes ParticipantStatusChanged change) {
        syncAll();
    }

    void onBindingChange(@Observes org.kimberleyprocess.portal.accounts.domain.AccountBindingChanged change) {
        syncAll();
    }

    private void syncAll() {
        Arrays.stream(CommitteeCode.values()).flatMap(c -> c.memberRole().stream()).distinct().forEach(this::sync);
    }

    /** Gives or takes one committee role so that exactly the accounts with a seat that counts have it. */
    public void sync(Role role) {
        List<Committee> withRole = committees.all().stream()
                .filter(c -> c.getCode().memberRole().filter(role::equals).isPresent()).toList();
        for (UserAccount account : accounts.actingForABody()) {
            boolean seat = withRole.stream().anyMatch(c ->
                    account.getParticipantIso().map(c::seatsInGoodStanding).orElse(false)
                            || account.getObserverName().map(c::seatsObserver).orElse(false));
            if (seat && !account.hasRole(role)) {
                account.grant(role);
                audit.fire(new Audited("ROLE_CHANGED", "UserAccount", account.getUsername(), "+" + role));
            } else if (!seat && account.hasRole(role)) {
                account.revoke(role);
                audit.fire(new Audited("ROLE_CHANGED", "UserAccount", account.getUsername(), "-" + role));
            }
        }
    }
}
