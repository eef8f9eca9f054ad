package org.kimberleyprocess.portal.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the portal (UTC), injected wherever "today" or "now" matters. */
@ApplicationScoped
public class ClockProducer {

    private final AdjustableClock clock = new AdjustableClock();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    public AdjustableClock adjustable() {
        return clock;
    }
}
