package org.kimberleyprocess.portal.platform.scheme;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/**
 * The code by which the Scheme names a state (ISO 3166-1 alpha-2), or the European Union ({@code EU}): two capital
 * letters. What a person types or an address carries is forgiven its case and the spaces around it, here and
 * nowhere else.
 */
public record IsoCode(String value) implements Serializable, Comparable<IsoCode> {

    public static final int LENGTH = 2;
    private static final Pattern FORM = Pattern.compile("[A-Z]{2}");

    /** A code in its stored form; anything else names no state ({@link NotFoundException}). */
    public IsoCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new NotFoundException("State", String.valueOf(value));
        }
    }

    /** The code as typed: spaces around and lower case are forgiven; a code that names no state is not found. */
    public static IsoCode of(String typed) {
        return new IsoCode(normalised(typed));
    }

    /** The code as typed, if it has the form of one. */
    public static Optional<IsoCode> parse(String typed) {
        String s = normalised(typed);
        return FORM.matcher(s).matches() ? Optional.of(new IsoCode(s)) : Optional.empty();
    }

    /** Whether a text is a code in its stored form (two capital letters). */
    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** What was typed, in the stored form (upper case, no spaces around); empty for nothing. */
    public static String normalised(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public int compareTo(IsoCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
