package org.kimberleyprocess.portal.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.application.ChairTermEntry;
import org.kimberleyprocess.portal.registry.application.ObserverEntry;
import org.kimberleyprocess.portal.registry.application.RegistryFile;
import org.kimberleyprocess.portal.registry.application.RegistryRecorder;
import org.kimberleyprocess.portal.registry.application.StateEntry;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * The registry as it stood after the Sun City Plenary of October 2003 (read from the registry files that a
 * Secretariat would import: 45 Participants, the applicants, the Observers, the Chairs of 2003 and 2004), and the
 * demonstration accounts that act for a state or an Observer.
 */
@ApplicationScoped
public class RegistryDemoData implements DemoData {

    static final List<String> FILES = List.of("participants-2003", "applicants-2003", "observers-2003",
            "chair-terms-2003");

    @Inject
    private RegistryRecorder recorder;

    @Inject
    private Participants participants;

    @Inject
    private Observers observers;

    @Inject
    private UserAccounts accounts;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String load(Instant now, String passwordHash) {
        for (String file : FILES) {
            for (RegistryFile.Line line : RegistryFile.resource("/reference/" + file + ".csv").lines()) {
                if (line.entry() instanceof StateEntry state) {
                    recorder.state(state, true);
                } else if (line.entry() instanceof ObserverEntry observer) {
                    recorder.observer(observer);
                } else if (line.entry() instanceof ChairTermEntry term) {
                    recorder.chairTerm(term);
                }
            }
        }
        actingFor("focal.bw", "Focal point of Botswana", "BW", Role.FOCAL_POINT, passwordHash, now);
        actingFor("applicant.gh", "Representative of Ghana", "GH", Role.APPLICANT, passwordHash, now);
        actingFor("applicant.mx", "Representative of Mexico", "MX", Role.APPLICANT, passwordHash, now);
        UserAccount observer = new UserAccount("observer.gw", "Global Witness delegate", "observer.gw@demo.invalid",
                passwordHash, now);
        observer.actForObserver(observers.require("Global Witness").getName());
        observer.grant(Role.OBSERVER);
        accounts.add(observer);
        return participants.all().size() + " states, " + observers.count() + " Observers, the Chairs of 2003 and 2004,"
                + " 4 accounts acting for a state or an Observer";
    }

    private void actingFor(String username, String name, String iso, Role role, String passwordHash, Instant now) {
        UserAccount account = new UserAccount(username, name, username + "@demo.invalid", passwordHash, now);
        account.actForParticipant(participants.require(iso).getIsoCode());
        account.grant(role);
        accounts.add(account);
    }
}
