package org.kimberleyprocess.portal.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.kimberleyprocess.portal.platform.validation.EmailAddress;

/** A person the Scheme writes to: name, title, ministry, email, phone. */
@Embeddable
public class Contact implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_LENGTH = 200;
    public static final int EMAIL_LENGTH = EmailAddress.MAX_LENGTH;
    public static final int PHONE_LENGTH = 40;

    @Size(max = TEXT_LENGTH)
    @Column(length = TEXT_LENGTH)
    private String name;

    @Size(max = TEXT_LENGTH)
    @Column(length = TEXT_LENGTH)
    private String title;

    @Size(max = TEXT_LENGTH)
    @Column(length = TEXT_LENGTH)
    private String ministry;

    @Pattern(regexp = EmailAddress.PATTERN)
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    public Contact() {
        // empty contact, filled in step by step (and for JPA)
    }

    public Contact(String name, String title, String ministry, String email, String phone) {
        this.name = trim(name);
        this.title = trim(title);
        this.ministry = trim(ministry);
        this.email = trim(email);
        this.phone = trim(phone);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Name, email and phone are what the Scheme needs to reach the person. */
    public boolean isComplete() {
        return name != null && email != null && phone != null;
    }

    public Contact copy() {
        return new Contact(name, title, ministry, email, phone);
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getMinistry() {
        return ministry;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
