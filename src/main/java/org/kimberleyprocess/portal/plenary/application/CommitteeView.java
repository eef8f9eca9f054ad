package org.kimberleyprocess.portal.plenary.application;

import java.util.List;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;

/** A committee or working group as pages show it: its chair and members by name in the reader's language. */
public record CommitteeView(CommitteeCode code, String chairName, List<String> participantNames,
                            List<String> observerNames) {

    public CommitteeView {
        participantNames = List.copyOf(participantNames);
        observerNames = List.copyOf(observerNames);
    }
}
