package org.kimberleyprocess.portal.statistics.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.kimberleyprocess.portal.statistics.application.StatisticsFile.Problem;

/** An import had bad rows: nothing of it was stored; the problems say, row by row, what to correct. */
@ApplicationException(rollback = true)
public class StatisticsImportRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final long uncheckedLines;

    public StatisticsImportRejected(List<Problem> problems) {
        this(problems, 0);
    }

    /** With the lines left unchecked after the most problems a file reports. */
    public StatisticsImportRejected(List<Problem> problems, long uncheckedLines) {
        super(problems.size() + " problem(s) in the statistics import");
        this.problems = List.copyOf(problems);
        this.uncheckedLines = uncheckedLines;
    }

    /** The lines after the last problem reported, counted but not checked. */
    public long getUncheckedLines() {
        return uncheckedLines;
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
