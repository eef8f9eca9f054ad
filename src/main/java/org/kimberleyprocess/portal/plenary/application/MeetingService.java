package org.kimberleyprocess.portal.plenary.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;
import org.kimberleyprocess.portal.plenary.domain.Decision;
import org.kimberleyprocess.portal.plenary.domain.Decisions;
import org.kimberleyprocess.portal.plenary.domain.Meeting;
import org.kimberleyprocess.portal.plenary.domain.Meetings;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * The Plenary's and intersessional meetings, public: dates, place, agenda, who was present, and the decisions agreed
 * there (as far as the reader may read them). The Secretariat records them.
 */
@Stateless
public class MeetingService {

    @Inject
    private Meetings meetings;

    @Inject
    private Decisions decisions;

    @Inject
    private DecisionService decisionService;

    @Inject
    private Participants participants;

    @Inject
    private Observers observers;

    @Inject
    private CommandCheck check;

    @Inject
    private Event<Audited> audit;

    @PermitAll
    public List<MeetingSummary> all() {
        return meetings.all().stream().map(m -> new MeetingSummary(m.getId(), m.getKind(), m.getTitle(), m.getPlace(),
                m.getStartsOn(), m.getEndsOn())).toList();
    }

    @PermitAll
    public MeetingView meeting(long id, Language language) {
        Meeting m = meetings.require(id);
        Set<Long> agreedThere = decisions.ofMeeting(m).stream().map(Decision::getId).collect(Collectors.toSet());
        return new MeetingView(m.getId(), m.getKind(), m.getTitle(), m.getPlace(), m.getStartsOn(), m.getEndsOn(),
                m.getAgenda(), List.copyOf(m.getParticipantsPresent()), List.copyOf(m.getObserversPresent()),
                decisionService.list(language).stream().filter(d -> agreedThere.contains(d.id()))
                        .sorted(Comparator.comparing(DecisionSummary::reference)).toList());
    }

    @RolesAllowed(Role.SECRETARIAT_NAME)
    public long record(NewMeeting command) {
        NewMeeting c = check.valid(command);
        Meeting m = new Meeting(c.kind(), c.title(), c.place(), c.startsOn(), c.endsOn(), c.agenda());
        meetings.add(m);
        audit.fire(new Audited("MEETING_RECORDED", "Meeting", m.getTitle(), String.valueOf(c.startsOn())));
        return m.getId();
    }

    /** Who was present: Participants by ISO code and Observers by name, each known to the registry. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void recordPresence(long id, Collection<String> isoCodes, Collection<String> observerNames) {
        Meeting m = meetings.require(id);
        List<String> present = new ArrayList<>();
        for (String iso : isoCodes) {
            present.add(participants.require(iso).getIsoCode());
        }
        List<String> observersPresent = new ArrayList<>();
        for (String name : observerNames) {
            observersPresent.add(observers.require(name).getName());
        }
        m.recordPresence(present, observersPresent);
        audit.fire(new Audited("MEETING_PRESENCE", "Meeting", m.getTitle(),
                present.size() + " Participants, " + observersPresent.size() + " Observers"));
    }
}
