package org.kimberleyprocess.portal.registry.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A registry file had problems: nothing of it was recorded; the problems say, line by line, what to correct. */
@ApplicationException(rollback = true)
public class RegistryImportRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public RegistryImportRejected(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the registry file");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
