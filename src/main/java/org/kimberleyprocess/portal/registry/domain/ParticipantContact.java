package org.kimberleyprocess.portal.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * One entry of a Participant's contacts directory (focal point, alternate, exporting or importing authority).
 * Each field is marked public or KP-only; the public sees only the public ones.
 */
@Entity
@Table(name = "participant_contact")
public class ParticipantContact {

    public static final int TEXT_LENGTH = 200;
    public static final int PHONE_LENGTH = 40;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_role", nullable = false, length = 30)
    private ContactRole role;

    @Column(length = TEXT_LENGTH)
    private String name;

    @Column(length = TEXT_LENGTH)
    private String organisation;

    @Column(length = org.kimberleyprocess.portal.platform.validation.EmailAddress.MAX_LENGTH)
    private String email;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(name = "name_public", nullable = false)
    private boolean namePublic;

    @Column(name = "organisation_public", nullable = false)
    private boolean organisationPublic;

    @Column(name = "email_public", nullable = false)
    private boolean emailPublic;

    @Column(name = "phone_public", nullable = false)
    private boolean phonePublic;

    @Version
    private long version;

    protected ParticipantContact() {
        // for JPA
    }

    public ParticipantContact(Participant participant, ContactRole role) {
        this.participant = Objects.requireNonNull(participant, "participant is required");
        this.role = Objects.requireNonNull(role, "role is required");
    }

    /** Replaces the entry; returns a short description of what changed (for the audit log), or null. */
    public String update(ContactEntry entry) {
        StringBuilder changed = new StringBuilder();
        name = changed(changed, "name", name, entry.name());
        organisation = changed(changed, "organisation", organisation, entry.organisation());
        email = changed(changed, "email", email, entry.email());
        phone = changed(changed, "phone", phone, entry.phone());
        if (namePublic != entry.namePublic() || organisationPublic != entry.organisationPublic()
                || emailPublic != entry.emailPublic() || phonePublic != entry.phonePublic()) {
            changed.append(changed.length() == 0 ? "" : ", ").append("visibility");
        }
        namePublic = entry.namePublic();
        organisationPublic = entry.organisationPublic();
        emailPublic = entry.emailPublic();
        phonePublic = entry.phonePublic();
        return changed.length() == 0 ? null : role + ": " + changed;
    }

    private static String changed(StringBuilder log, String field, String before, String after) {
        String value = after == null || after.isBlank() ? null : after.strip();
        if (!Objects.equals(before, value)) {
            log.append(log.length() == 0 ? "" : ", ").append(field);
        }
        return value;
    }

    /** The entry as someone with KP access sees it. */
    public ContactEntry full() {
        return new ContactEntry(role, name, organisation, email, phone, namePublic, organisationPublic, emailPublic,
                phonePublic);
    }

    /** The entry as the public sees it: KP-only fields left out. */
    public ContactEntry publicView() {
        return new ContactEntry(role, namePublic ? name : null, organisationPublic ? organisation : null,
                emailPublic ? email : null, phonePublic ? phone : null, namePublic, organisationPublic, emailPublic,
                phonePublic);
    }

    public ContactRole getRole() {
        return role;
    }

    public Participant getParticipant() {
        return participant;
    }

    /** Equal by business key, not by row: the Participant and the role: one entry each. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ParticipantContact other && Objects.equals(participant, other.participant) && Objects.equals(role, other.role));
    }

    @Override
    public int hashCode() {
        return Objects.hash(participant, role);
    }
}
