package org.kimberleyprocess.portal.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.ChairTerm;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.ParticipantStatusChanged;

/**
 * The Secretariat enters the Scheme's record directly, where it did not come through the portal's procedures:
 * states with their dated statuses, Observers and Chair terms, one at a time or as a registry file. A file is
 * recorded all or nothing: one problem on any line and nothing of it is kept.
 */
@Stateless
@RolesAllowed(Role.SECRETARIAT_NAME)
public class RegistryEntry {

    /** What an import recorded. */
    public record ImportSummary(int states, int statusChanges, int observers, int chairTerms) {
    }

    @Inject
    private RegistryRecorder recorder;

    @Inject
    private Event<Audited> audit;

    @Inject
    private Event<ParticipantStatusChanged> statusChanged;

    public void enterState(StateEntry entry) {
        RegistryRecorder.StateOutcome outcome = recorder.state(entry, false);
        audit.fire(new Audited("STATE_ENTERED", "Participant", outcome.participant().getIsoCode(),
                entry.status() + " since " + entry.date() + ": " + entry.reference()));
    }

    public void enterObserver(ObserverEntry entry) {
        Observer o = recorder.observer(entry);
        audit.fire(new Audited("OBSERVER_ENTERED", "Observer", o.getName(), "since " + entry.since()));
    }

    public void enterChairTerm(ChairTermEntry entry) {
        ChairTerm t = recorder.chairTerm(entry);
        audit.fire(new Audited("CHAIR_TERM_ENTERED", "ChairTerm", t.getYear() + " " + t.getOffice(),
                t.getHolder().getIsoCode() + ": " + t.getSelectedBy()));
    }

    /**
     * Records every line of a registry file, or nothing: the problems of all lines (unreadable values, and
     * entries the registry's rules refuse) come back together in a {@link RegistryImportRejected}.
     */
    public ImportSummary importFile(String fileName, byte[] content) {
        RegistryFile file = RegistryFile.read(content);
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        if (file.format() == null) {
            throw new RegistryImportRejected(problems);
        }
        int states = 0;
        int changes = 0;
        int observers = 0;
        int terms = 0;
        List<ParticipantStatusChanged> changed = new ArrayList<>();
        for (RegistryFile.Line line : file.lines()) {
            try {
                if (line.entry() instanceof StateEntry s) {
                    RegistryRecorder.StateOutcome outcome = recorder.state(s, true);
                    if (outcome.created()) {
                        states++;
                    } else {
                        changes++;
                        changed.add(new ParticipantStatusChanged(s.isoCode().strip(), outcome.previous(),
                                s.status()));
                    }
                } else if (line.entry() instanceof ObserverEntry o) {
                    recorder.observer(o);
                    observers++;
                } else if (line.entry() instanceof ChairTermEntry t) {
                    recorder.chairTerm(t);
                    terms++;
                }
            } catch (BusinessException refused) {
                problems.add(new ImportProblem(line.number(), refused.getMessageKey(),
                        List.of(refused.getArguments())));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
            throw new RegistryImportRejected(problems);
        }
        ImportSummary summary = new ImportSummary(states, changes, observers, terms);
        audit.fire(new Audited("REGISTRY_IMPORTED", "RegistryFile", fileName == null ? "-" : fileName,
                summary.toString()));
        changed.forEach(statusChanged::fire);
        return summary;
    }
}
