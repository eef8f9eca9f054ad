package org.kimberleyprocess.portal.registry.domain;

import java.io.Serializable;

/** The fields of a contacts-directory entry and, for each, whether it is public. */
public record ContactEntry(ContactRole role, String name, String organisation, String email, String phone,
                           boolean namePublic, boolean organisationPublic, boolean emailPublic,
                           boolean phonePublic) implements Serializable {

    /** An entry with nothing in it, as a form starts. */
    public static ContactEntry empty(ContactRole role) {
        return new ContactEntry(role, null, null, null, null, true, true, false, false);
    }

    public boolean isEmpty() {
        return name == null && organisation == null && email == null && phone == null;
    }
}
