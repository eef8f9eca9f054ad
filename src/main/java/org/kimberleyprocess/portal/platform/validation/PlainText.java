package org.kimberleyprocess.portal.platform.validation;

/**
 * What counts as text that someone wrote: at least one letter or digit. Spaces of any kind, invisible format
 * characters (zero-width spaces and joiners, word joiners, directional marks) and control characters alone are no
 * text, so a rule that asks for a text cannot be met with them.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether a value holds at least one letter or digit. */
    public static boolean hasContent(String value) {
        return value != null && value.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The value stripped of surrounding spaces, or empty when it holds no letter or digit. */
    public static String orEmpty(String value) {
        return hasContent(value) ? value.strip() : "";
    }
}
