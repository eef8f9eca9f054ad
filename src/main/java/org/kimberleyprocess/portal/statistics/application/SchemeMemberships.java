package org.kimberleyprocess.portal.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.registry.domain.StatusChange;
import org.kimberleyprocess.portal.statistics.domain.SchemeMembership;

/** Who was within the Scheme when, as the registry's dated history says at this moment. */
@ApplicationScoped
public class SchemeMemberships {

    @Inject
    private Participants participants;

    public SchemeMembership now() {
        Map<String, List<SchemeMembership.Standing>> histories = new HashMap<>();
        Map<String, Set<String>> members = new HashMap<>();
        for (Participant p : participants.all()) {
            histories.put(p.getIsoCode(), p.getHistory().stream()
                    .sorted(Comparator.comparing(StatusChange::getEffectiveDate))
                    .map(c -> new SchemeMembership.Standing(c.getEffectiveDate(),
                            c.getStatus() == ParticipationStatus.PARTICIPANT)).toList());
            if (!p.getMemberStates().isEmpty()) {
                members.put(p.getIsoCode(), p.getMemberStates());
            }
        }
        return new SchemeMembership(histories, members);
    }
}
