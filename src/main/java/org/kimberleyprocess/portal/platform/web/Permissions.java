package org.kimberleyprocess.portal.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether the person of the current request may call a service's use case, read from the use case's own
 * {@code @RolesAllowed} (on the method, else on the class): pages ask the services' rules instead of repeating
 * role names. A capability's permission bean ({@code #{can.registry…}}, {@code #{can.membership…}}, …) combines this with
 * the domain's rules on the record shown.
 */
public final class Permissions {

    private Permissions() {
    }

    /** For the current Faces request. */
    public static boolean allows(Class<?> service, String useCase) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return allows(service, useCase, context::isUserInRole, context.getUserPrincipal() != null);
    }

    /** The rule itself: a use case without {@code @RolesAllowed} is for everyone only if marked {@code @PermitAll}. */
    static boolean allows(Class<?> service, String useCase, Predicate<String> inRole, boolean loggedIn) {
        List<Method> methods = Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(useCase)).toList();
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(service.getSimpleName() + " has no use case " + useCase);
        }
        Method method = methods.get(0);
        if (method.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        Optional<RolesAllowed> roles = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                .or(() -> Optional.ofNullable(service.getAnnotation(RolesAllowed.class)));
        if (roles.isPresent()) {
            return loggedIn && Arrays.stream(roles.get().value()).anyMatch(inRole);
        }
        return service.isAnnotationPresent(PermitAll.class);
    }
}
