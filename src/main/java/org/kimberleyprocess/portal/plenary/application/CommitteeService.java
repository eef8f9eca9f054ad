package org.kimberleyprocess.portal.plenary.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.plenary.domain.Committee;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;
import org.kimberleyprocess.portal.plenary.domain.Committees;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * The composition of the committees and working groups, recorded by the Chair or the Secretariat. The
 * accounts that act for a member Participant or Observer get the committee's role, and lose it with the seat.
 */
@Stateless
public class CommitteeService {

    @Inject
    private Committees committees;

    @Inject
    private org.kimberleyprocess.portal.registry.application.RegistryService registry;

    @Inject
    private Participants participants;

    @Inject
    private Observers observers;

    @Inject
    private Event<Audited> audit;

    @Inject
    private SeatRoles seatRoles;

    /** Every committee and working group, its chair and members named in the reader's language. */
    @PermitAll
    public List<CommitteeView> all(Language language) {
        return committees.all().stream().map(c -> new CommitteeView(c.getCode(),
                c.getChair() == null ? null : registry.name(c.getChair().getIsoCode(), language),
                c.getParticipants().stream().map(p -> registry.name(p.getIsoCode(), language))
                        .sorted(Comparator.comparing(CountryNames::sortKey)).toList(),
                c.getObservers().stream().map(Observer::getName).sorted().toList())).toList();
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public void addParticipant(CommitteeCode code, String isoCode) {
        change(code, c -> c.addParticipant(participant(isoCode)), "MEMBER_ADDED", isoCode);
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public void removeParticipant(CommitteeCode code, String isoCode) {
        change(code, c -> c.removeParticipant(participant(isoCode)), "MEMBER_REMOVED", isoCode);
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public void addObserver(CommitteeCode code, String observerName) {
        change(code, c -> c.addObserver(observer(observerName)), "MEMBER_ADDED", observerName);
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public void removeObserver(CommitteeCode code, String observerName) {
        change(code, c -> c.removeObserver(observer(observerName)), "MEMBER_REMOVED", observerName);
    }

    @RolesAllowed({Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public void appointChair(CommitteeCode code, String isoCode) {
        change(code, c -> c.appointChair(participant(isoCode)), "CHAIR_APPOINTED", isoCode);
    }

    private void change(CommitteeCode code, Consumer<Committee> change, String action, String who) {
        Committee committee = committees.require(code);
        change.accept(committee);
        audit.fire(new Audited(action, "Committee", code.name(), who));
        code.memberRole().ifPresent(seatRoles::sync);
    }

    private Participant participant(String isoCode) {
        return participants.require(isoCode);
    }

    private Observer observer(String name) {
        return observers.require(name);
    }
}
