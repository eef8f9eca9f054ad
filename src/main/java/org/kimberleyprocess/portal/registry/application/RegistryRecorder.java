package org.kimberleyprocess.portal.registry.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.registry.domain.ChairTerm;
import org.kimberleyprocess.portal.registry.domain.ChairTerms;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.Participants;
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

    @Inject
    private Participants participants;

    @Inject
    private Observers observers;

    @Inject
    private ChairTerms terms;

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
        if (!IsoCode.isWellFormed(iso) || !CountryNames.isKnown(iso)) {
            throw new BusinessException("registry.entry.error.iso", iso);
        }
        requireLength(e.name(), Participant.NAME_LENGTH);
        requireLength(e.reference(), StatusChange.REFERENCE_LENGTH);
        requireLength(e.reason(), StatusChange.REASON_LENGTH);
        requireNotFuture(e.date());
        String reason = blank(e.reason()) ? null : e.reason().strip();
        Optional<Participant> known = participants.byIso(iso);
        if (known.isPresent()) {
            Participant p = known.get();
            if (!orChange) {
                throw new BusinessException("registry.entry.error.exists", iso);
            }
            if ((!blank(e.name()) && !e.name().strip().equals(p.getRecordedName()))
                    || (e.kind() != null && e.kind() != p.getKind())) {
                throw new BusinessException("registry.entry.error.otherName", iso);
            }
            ParticipationStatus previous = p.getStatus();
            p.changeStatus(e.status(), e.date(), e.reference().strip(), reason, clock.instant());
            addMembers(p, e);
            return new StateOutcome(p, false, previous);
        }
        if (blank(e.name()) || e.kind() == null) {
            throw new BusinessException("registry.entry.error.state");
        }
        Participant p = new Participant(iso, e.name(), e.kind(), e.status(), e.date(), e.reference().strip(),
                reason, clock.instant());
        addMembers(p, e);
        participants.add(p);
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
            if (!IsoCode.isWellFormed(member) || !CountryNames.isKnown(member)) {
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
        if (observers.byName(e.name().strip()).isPresent()) {
            throw new BusinessException("registry.entry.error.observerExists");
        }
        Observer o = new Observer(e.name(), e.kind(), e.since());
        observers.add(o);
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
        Participant holder = participants.byIso(e.isoCode().strip())
                .orElseThrow(() -> new BusinessException("registry.entry.error.noState", e.isoCode().strip()));
        if (!holder.wasParticipantBy(LocalDate.of(e.year(), 12, 31))) {
            throw new BusinessException("registry.entry.error.neverParticipant");
        }
        if (terms.taken(e.year(), e.office())) {
            throw new BusinessException("registry.entry.error.termTaken", e.year());
        }
        ChairTerm term = new ChairTerm(e.year(), e.office(), holder, e.reference().strip());
        terms.add(term);
        return term;
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
