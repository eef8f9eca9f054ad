package org.kimberleyprocess.portal.reporting.domain.report;

import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A submission refused because required answers are missing or answers break their rules. */
public class IncompleteReportException extends BusinessException {

    private final List<String> missing;
    private final List<String> invalid;

    public IncompleteReportException(List<String> missing, List<String> invalid) {
        super("reporting.report.error.incomplete", missing.size() + invalid.size());
        this.missing = List.copyOf(missing);
        this.invalid = List.copyOf(invalid);
    }

    public List<String> missing() {
        return missing;
    }

    public List<String> invalid() {
        return invalid;
    }
}
