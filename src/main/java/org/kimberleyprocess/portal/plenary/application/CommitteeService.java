package org.kimberleyprocess.portal.plenary.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.security.UserAccount;
import org.kimberleyprocess.portal.plenary.domain.Committee;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.Participant;

/**
 * The composition of the committees and working groups, recorded by the Chair or the Secretariat. The
 * accounts that act for a member Participant or Observer get the committee's role, and lose it with the seat.
 */
@Stateless
public class CommitteeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<Audited> audit;

    @Inject
    private SeatRoles seatRoles;

    @PermitAll
    public List<Committee> all() {
        List<Committee> committees = em.createQuery("select c from Committee c", Committee.class).getResultList();
        committees.forEach(c -> c.size());
        return committees.stream().sorted(Comparator.comparing(Committee::getCode)).toList();
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
        Committee committee = committee(code);
        change.accept(committee);
        audit.fire(new Audited(action, "Committee", code.name(), who));
        code.memberRole().ifPresent(seatRoles::sync);
    }

    private Committee committee(CommitteeCode code) {
        return em.createQuery("select c from Committee c where c.code = :c", Committee.class).setParameter("c", code)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Committee", code));
    }

    private Participant participant(String isoCode) {
        return em.createQuery("select p from Participant p where p.isoCode = :iso", Participant.class)
                .setParameter("iso", isoCode == null ? "" : isoCode).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Participant", isoCode));
    }

    private Observer observer(String name) {
        return em.createQuery("select o from Observer o where o.name = :n", Observer.class)
                .setParameter("n", name == null ? "" : name).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Observer", name));
    }
}
