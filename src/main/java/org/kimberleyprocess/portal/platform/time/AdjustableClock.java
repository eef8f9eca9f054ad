package org.kimberleyprocess.portal.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock: UTC, running with the system's. Only a server whose configuration turns on
 * {@code kpcs.test.clock} (the integration tests' server, never production) lets it be moved, so that tests can
 * stand on a deadline; see {@link TestClockResource}.
 */
public final class AdjustableClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system, offset).withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** Makes "now" this instant (it runs on from there). */
    public void moveTo(Instant now) {
        offset = Duration.between(system.instant(), now);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }
}
