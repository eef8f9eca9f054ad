package org.kimberleyprocess.portal.statistics.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.kimberleyprocess.portal.statistics.infrastructure.StatisticsFile.Problem;

/** An import had bad rows: nothing of it was stored; the problems say, row by row, what to correct. */
@ApplicationException(rollback = true)
public class StatisticsImportRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public StatisticsImportRejected(List<Problem> problems) {
        super(problems.size() + " problem(s) in the statistics import");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
