package org.kimberleyprocess.portal.statistics.domain;

import java.util.Arrays;
import java.util.Optional;

/** The Harmonized System codes of rough diamonds that the Scheme counts. */
public enum HsCode {
    UNSORTED("7102.10"), INDUSTRIAL("7102.21"), NON_INDUSTRIAL("7102.31");

    private final String code;

    HsCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<HsCode> of(String code) {
        return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst();
    }
}
