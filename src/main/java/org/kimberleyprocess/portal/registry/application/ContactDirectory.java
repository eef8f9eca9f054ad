package org.kimberleyprocess.portal.registry.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.validation.EmailAddress;
import org.kimberleyprocess.portal.registry.domain.ContactEntry;
import org.kimberleyprocess.portal.registry.domain.ContactRole;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantContact;
import org.kimberleyprocess.portal.registry.domain.ParticipantContacts;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * The Participants' contacts directories. Everyone reads the public fields; the Scheme's own people (the
 * Secretariat, the Chair, the committees and working groups, the focal points) read every field; a focal
 * point edits only its own Participant's directory, the Secretariat any.
 */
@Stateless
public class ContactDirectory {

    @Inject
    private Caller caller;

    @Inject
    private Participants participants;

    @Inject
    private ParticipantContacts contacts;

    @Inject
    private UserAccounts accounts;

    @Inject
    private Event<Audited> audit;

    @Inject
    private KpAccess kpAccess;

    /**
     * The directory as the caller may see it: every field for the KP (see {@link KpAccess}) and for the
     * Participant's own accounts, the public ones for everyone else.
     */
    @PermitAll
    public List<ContactEntry> visibleContacts(String isoCode) {
        boolean kp = kpAccess.callerHasKpAccess() || caller.actsFor(isoCode);
        return stored(participant(isoCode)).values().stream()
                .map(c -> kp ? c.full() : c.publicView())
                .filter(e -> !e.isEmpty())
                .sorted((a, b) -> a.role().compareTo(b.role()))
                .toList();
    }

    @PermitAll
    public boolean hasKpAccess() {
        return kpAccess.callerHasKpAccess();
    }

    /** The four entries of a directory, for editing (empty ones where nothing is recorded yet). */
    @RolesAllowed({Role.FOCAL_POINT_NAME, Role.SECRETARIAT_NAME})
    public List<ContactEntry> forEditing(String isoCode) {
        Participant p = editable(isoCode);
        Map<ContactRole, ParticipantContact> stored = stored(p);
        List<ContactEntry> entries = new ArrayList<>();
        for (ContactRole role : ContactRole.values()) {
            entries.add(stored.containsKey(role) ? stored.get(role).full() : ContactEntry.empty(role));
        }
        return entries;
    }

    @RolesAllowed({Role.FOCAL_POINT_NAME, Role.SECRETARIAT_NAME})
    public void save(String isoCode, List<ContactEntry> entries) {
        Participant p = editable(isoCode);
        for (ContactEntry e : entries) {
            if (e.email() != null && !e.email().isBlank()
                    && !EmailAddress.isValid(e.email().strip())) {
                throw new BusinessException("membership.contact.error.email");
            }
            requireAtMost(e.name(), ParticipantContact.TEXT_LENGTH);
            requireAtMost(e.organisation(), ParticipantContact.TEXT_LENGTH);
            requireAtMost(e.email(), EmailAddress.MAX_LENGTH);
            requireAtMost(e.phone(), ParticipantContact.PHONE_LENGTH);
        }
        Map<ContactRole, ParticipantContact> stored = stored(p);
        for (ContactEntry e : entries) {
            ParticipantContact contact = stored.get(e.role());
            if (contact == null) {
                contact = new ParticipantContact(p, e.role());
                contacts.add(contact);
            }
            String changed = contact.update(e);
            if (changed != null) {
                audit.fire(new Audited("CONTACTS_CHANGED", "Participant", p.getIsoCode(), changed));
            }
        }
    }

    /** A text longer than its field is refused, naming that field's limit. */
    private static void requireAtMost(String s, int max) {
        if (s != null && s.strip().length() > max) {
            throw new BusinessException("membership.error.tooLong", max);
        }
    }

    private Participant editable(String isoCode) {
        Participant p = participant(isoCode);
        if (!caller.isIn(Role.SECRETARIAT)) {
            if (!caller.actsFor(p.getIsoCode())) {
                throw new AccessDeniedException();
            }
        }
        return p;
    }

    private Map<ContactRole, ParticipantContact> stored(Participant p) {
        return contacts.of(p).stream()
                .collect(Collectors.toMap(ParticipantContact::getRole, Function.identity()));
    }

    private Participant participant(String isoCode) {
        return participants.require(isoCode);
    }
}
