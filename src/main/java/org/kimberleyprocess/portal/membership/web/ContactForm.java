package org.kimberleyprocess.portal.membership.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.kimberleyprocess.portal.membership.application.ApplicationView.Person;
import org.kimberleyprocess.portal.membership.domain.Contact;
import org.kimberleyprocess.portal.platform.validation.EmailAddress;

/** A person of the application as the wizard's form edits them, with the stored contact's own limits. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = Contact.TEXT_LENGTH)
    private String name;

    @Size(max = Contact.TEXT_LENGTH)
    private String title;

    @Size(max = Contact.TEXT_LENGTH)
    private String ministry;

    @Pattern(regexp = EmailAddress.PATTERN)
    @Size(max = Contact.EMAIL_LENGTH)
    private String email;

    @Size(max = Contact.PHONE_LENGTH)
    private String phone;

    /** The form filled with what is stored. */
    static ContactForm of(Person stored) {
        ContactForm form = new ContactForm();
        form.name = stored.name();
        form.title = stored.title();
        form.ministry = stored.ministry();
        form.email = stored.email();
        form.phone = stored.phone();
        return form;
    }

    /** What the form sends to the service. */
    Person toPerson() {
        return new Person(name, title, ministry, email, phone);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMinistry() {
        return ministry;
    }

    public void setMinistry(String ministry) {
        this.ministry = ministry;
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
}
