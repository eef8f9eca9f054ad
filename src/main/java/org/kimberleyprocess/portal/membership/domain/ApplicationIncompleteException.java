package org.kimberleyprocess.portal.membership.domain;

import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** Submission refused: the file lacks the items named (message keys). */
public class ApplicationIncompleteException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    public ApplicationIncompleteException(List<String> missing) {
        super("membership.error.incomplete");
        this.missing = List.copyOf(missing);
    }

    public List<String> getMissing() {
        return missing;
    }
}
