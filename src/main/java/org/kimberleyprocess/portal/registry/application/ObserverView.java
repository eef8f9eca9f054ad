package org.kimberleyprocess.portal.registry.application;

import java.time.LocalDate;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;

/** An Observer as the public sees it. */
public record ObserverView(String name, ObserverKind kind, LocalDate since) {
}
