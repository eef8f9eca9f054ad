package org.kimberleyprocess.portal.platform.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * Checks a command (a record a form posts to a service) against its Bean Validation constraints. A constraint's
 * message is a key of the message bundles; the first broken one (in the order of the record's components) is
 * refused as a {@link BusinessException} with that key, which the page shows in the reader's language.
 */
@ApplicationScoped
public class CommandCheck {

    @Inject
    private Validator validator;

    public <T extends Record> T valid(T command) {
        java.util.Objects.requireNonNull(command, "command is required");
        java.util.List<String> order = java.util.Arrays.stream(command.getClass().getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        validator.validate(command).stream()
                .min(Comparator.comparingInt((ConstraintViolation<T> v) ->
                        order.indexOf(v.getPropertyPath().iterator().next().getName())))
                .ifPresent(v -> {
                    throw new BusinessException(v.getMessage());
                });
        return command;
    }
}
