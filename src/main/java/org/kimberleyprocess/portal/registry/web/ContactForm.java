package org.kimberleyprocess.portal.registry.web;

import java.io.Serializable;
import org.kimberleyprocess.portal.registry.domain.ContactEntry;
import org.kimberleyprocess.portal.registry.domain.ContactRole;

/** One directory entry as a form edits it. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ContactRole role;
    private String name;
    private String organisation;
    private String email;
    private String phone;
    private boolean namePublic;
    private boolean organisationPublic;
    private boolean emailPublic;
    private boolean phonePublic;

    ContactForm(ContactEntry e) {
        role = e.role();
        name = e.name();
        organisation = e.organisation();
        email = e.email();
        phone = e.phone();
        namePublic = e.namePublic();
        organisationPublic = e.organisationPublic();
        emailPublic = e.emailPublic();
        phonePublic = e.phonePublic();
    }

    ContactEntry toEntry() {
        return new ContactEntry(role, name, organisation, email, phone, namePublic, organisationPublic, emailPublic,
                phonePublic);
    }

    public ContactRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isNamePublic() {
        return namePublic;
    }

    public void setNamePublic(boolean namePublic) {
        this.namePublic = namePublic;
    }

    public boolean isOrganisationPublic() {
        return organisationPublic;
    }

    public void setOrganisationPublic(boolean organisationPublic) {
        this.organisationPublic = organisationPublic;
    }

    public boolean isEmailPublic() {
        return emailPublic;
    }

    public void setEmailPublic(boolean emailPublic) {
        this.emailPublic = emailPublic;
    }

    public boolean isPhonePublic() {
        return phonePublic;
    }

    public void setPhonePublic(boolean phonePublic) {
        this.phonePublic = phonePublic;
    }
}
