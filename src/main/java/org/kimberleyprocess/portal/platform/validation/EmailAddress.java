package org.kimberleyprocess.portal.platform.validation;

/**
 * The portal's one rule for an e-mail address: something before and after one "@", a dot in the domain, no spaces,
 * at most {@value #MAX_LENGTH} characters. Entities (Bean Validation), services and pages (through
 * {@code #{limits.emailPattern}}) use it alike.
 */
public final class EmailAddress {

    /** The longest address SMTP carries. */
    public static final int MAX_LENGTH = 254;
    /** The pattern, for Bean Validation's {@code @Pattern} and the pages' validators. */
    public static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private EmailAddress() {
    }

    /** Whether a value (already stripped) is a well-formed address. */
    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && value.matches(PATTERN);
    }
}
