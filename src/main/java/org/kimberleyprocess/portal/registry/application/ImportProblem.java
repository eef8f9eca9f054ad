package org.kimberleyprocess.portal.registry.application;

import java.io.Serializable;
import java.util.List;

/** What is wrong with one line of a registry file: its number (1 is the header) and a translatable message. */
public record ImportProblem(long line, String messageKey, List<Object> arguments) implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(long line, String messageKey, Object... arguments) {
        return new ImportProblem(line, messageKey, List.of(arguments));
    }
}
