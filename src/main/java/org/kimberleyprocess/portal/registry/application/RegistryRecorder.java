package org.kimberleyprocess.portal.registry.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.registry.domain.ChairTerm;
import org.kimberleyprocess.portal.registry.domain.IllegalStatusChangeException;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.registry.domain.StatusChange;

/**
 * Enters the registry's record directly: states with their dated statuses, Observers, Chair terms. The one place
 * for the rules of such an entry, used by the Secretariat's pages, its file import and the demonstration data;
 * runs in the caller's transaction and refuses with a translatable {@link BusinessException}.
 */
@Dependent
public class RegistryRecorder {

    /** What an entry did to a state: recorded it, or changed the status of one already recorded. */
    public record StateOutcome(Participant participant, boolean created, ParticipationStatus previous) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Records a state with its first status; with {@code orChange}, a state already recorded moves to the
     * entry's status instead (a later line of its history), as the procedures allow.
     */
    public StateOutcome state(StateEntry e, boolean orChange) {
        if (blank(e.isoCode()) || e.status() == null || e.date() == null || blank(e.reference())) {
            throw new BusinessException("registry.entry.error.state");
        }
        String iso = e.isoCode().strip();
        if (!iso.matches("[A-Z]{2}") || !CountryNames.isKnown(iso)) {
            throw new BusinessException("registry.entry.error.iso", iso);
        }
        requireLength(e.name(), Participant.NAME_LENGTH);
        requireLength(e.reference(), StatusChange.REFERENCE_LENGTH);
        requireLength(e.reason(), StatusChange.REASON_LENGTH);
        requireNotFuture(e.date());
        String reason = blank(e.reason()) ? null : e.reason().strip();
        Optional<Participant> known = participant(iso);
        if (known.isPresent()) {
            Participant p = known.get();
            if (!orChange) {
                throw new BusinessException("registry.entry.error.exists", iso);
            }
            if ((!blank(e.name()) && !e.name().strip().equals(p.getRecordedName()))
                    || (e.kind() != null && e.kind() != p.getKind())) {
                throw new BusinessException("registry.entry.error.otherName", iso);
            }
            if (e.date().isBefore(p.getStatusSince())) {
                throw new BusinessException("registry.status.error.date");
            }
            ParticipationStatus previous = p.getStatus();
            try {
                p.changeStatus(e.status(), e.date(), e.reference().strip(), reason, clock.instant());
            } catch (IllegalStatusChangeException refused) {
                throw new BusinessException("registry.entry.error.move");
            }
            addMembers(p, e);
            return new StateOutcome(p, false, previous);
        }
        if (blank(e.name()) || e.kind() == null) {
            throw new BusinessException("registry.entry.error.state");
        }
        Participant p = new Participant(iso, e.name(), e.kind(), e.status(), e.date(), e.reference().strip(),
                reason, clock.instant());
        addMembers(p, e);
        em.persist(p);
        return new StateOutcome(p, true, null);
    }

    private static void addMembers(Participant p, StateEntry e) {
        if (e.members().isEmpty()) {
            return;
        }
        if (p.getKind() != ParticipantKind.REIO) {
            throw new BusinessException("registry.entry.error.members");
        }
        for (String member : e.members()) {
            if (!member.matches("[A-Z]{2}") || !CountryNames.isKnown(member)) {
                throw new BusinessException("registry.entry.error.iso", member);
            }
            p.addMemberState(member);
        }
    }

    public Observer observer(ObserverEntry e) {
        if (blank(e.name()) || e.kind() == null || e.since() == null) {
            throw new BusinessException("registry.entry.error.observer");
        }
        requireLength(e.name(), Observer.NAME_LENGTH);
        requireNotFuture(e.since());
        boolean exists = em.createQuery("select count(o) from Observer o where o.name = :n", Long.class)
                .setParameter("n", e.name().strip()).getSingleResult() > 0;
        if (exists) {
            throw new BusinessException("registry.entry.error.observerExists");
        }
        Observer o = new Observer(e.name(), e.kind(), e.since());
        em.persist(o);
        return o;
    }

    public ChairTerm chairTerm(ChairTermEntry e) {
        if (e.year() == null || e.office() == null || blank(e.isoCode()) || blank(e.reference())) {
            throw new BusinessException("registry.entry.error.term");
        }
        if (e.year() < ChairTerm.FIRST_YEAR || e.year() > ChairTerm.LAST_YEAR) {
            throw new BusinessException("registry.chairs.error.year");
        }
        requireLength(e.reference(), ChairTerm.SELECTED_BY_LENGTH);
        Participant holder = participant(e.isoCode().strip())
                .orElseThrow(() -> new BusinessException("registry.entry.error.noState", e.isoCode().strip()));
        if (!holder.wasParticipantBy(LocalDate.of(e.year(), 12, 31))) {
            throw new BusinessException("registry.entry.error.neverParticipant");
        }
        boolean taken = em.createQuery("select count(t) from ChairTerm t where t.year = :y and t.office = :o",
                        Long.class).setParameter("y", e.year()).setParameter("o", e.office())
                .getSingleResult() > 0;
        if (taken) {
            throw new BusinessException("registry.entry.error.termTaken", e.year());
        }
        ChairTerm term = new ChairTerm(e.year(), e.office(), holder, e.reference().strip());
        em.persist(term);
        return term;
    }

    private Optional<Participant> participant(String iso) {
        return em.createQuery("select p from Participant p where p.isoCode = :iso", Participant.class)
                .setParameter("iso", iso).getResultStream().findFirst();
    }

    private void requireNotFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BusinessException("registry.entry.error.future");
        }
    }

    private static void requireLength(String value, int limit) {
        if (value != null && value.strip().length() > limit) {
            throw new BusinessException("registry.entry.error.tooLong", limit);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
