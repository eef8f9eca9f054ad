package org.kimberleyprocess.portal.registry.application;

import java.time.LocalDate;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;

/** An Observer as the Secretariat enters it (a page, or a line of a registry file). */
public record ObserverEntry(String name, ObserverKind kind, LocalDate since) {
}
