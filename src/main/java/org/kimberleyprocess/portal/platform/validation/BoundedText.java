package org.kimberleyprocess.portal.platform.validation;

import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * A text a person typed, kept within its field's length: stripped of the spaces around it; blank when nothing but
 * spaces. The check every form field of the Scheme makes, written once: a required text refused when blank, any
 * text refused when longer than its field (the message gets the limit as its argument).
 */
public final class BoundedText {

    private BoundedText() {
    }

    /** A required text, stripped; refused with {@code missingKey} when blank, {@code tooLongKey} when too long. */
    public static String required(String text, int max, String missingKey, String tooLongKey) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(missingKey);
        }
        return within(text.strip(), max, tooLongKey);
    }

    /** An optional text, stripped, {@code null} when blank; refused with {@code tooLongKey} when too long. */
    public static String optional(String text, int max, String tooLongKey) {
        return text == null || text.isBlank() ? null : within(text.strip(), max, tooLongKey);
    }

    /** Refuses a (stripped) text longer than {@code max}. */
    public static String within(String stripped, int max, String tooLongKey) {
        if (stripped != null && stripped.length() > max) {
            throw new BusinessException(tooLongKey, max);
        }
        return stripped;
    }
}
