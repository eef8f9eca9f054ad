package org.kimberleyprocess.portal.plenary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.plenary.application.SeatRoles;
import org.kimberleyprocess.portal.plenary.domain.Committee;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;
import org.kimberleyprocess.portal.plenary.domain.Committees;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * The Participation Committee of 2003 (its chair is not in the record used here); the accounts acting for its
 * members get the committee's role by the seat rule, as in operation.
 */
@ApplicationScoped
public class PlenaryDemoData implements DemoData {

    @Inject
    private Committees committees;

    @Inject
    private Participants participants;

    @Inject
    private Observers observers;

    @Inject
    private SeatRoles seatRoles;

    /** After the registry's states, Observers and their accounts. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public String load(Instant now, String passwordHash) {
        Committee pc = committees.require(CommitteeCode.PARTICIPATION_COMMITTEE);
        for (String iso : List.of("AO", "CA", "EU", "IL", "RU", "ZA", "US")) {
            pc.addParticipant(participants.require(iso));
        }
        pc.addObserver(observers.require("Global Witness"));
        pc.addObserver(observers.require("World Diamond Council"));
        seatRoles.sync(Role.PARTICIPATION_COMMITTEE);
        return "the Participation Committee of 2003";
    }
}
