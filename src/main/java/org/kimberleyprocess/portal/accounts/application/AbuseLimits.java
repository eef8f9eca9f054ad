package org.kimberleyprocess.portal.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kimberleyprocess.portal.accounts.domain.LimitEvents;
import org.kimberleyprocess.portal.platform.security.ClientAddress;

/**
 * Limits per client address (see {@link ClientAddress}): failed logins, and anonymous forms that create records or
 * send mail (sign-ups, Observer requests). The limits are Liberty variables, so a test server can set its own:
 * {@code kpcs.limit.login.failures} failed logins per {@code kpcs.limit.login.minutes}, and
 * {@code kpcs.limit.forms} anonymous submissions per hour. Counted in the database ({@link LimitEvents}), so that
 * every server of the portal counts the same events and a restart forgets none of them.
 */
@ApplicationScoped
public class AbuseLimits {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kpcs.limit.login.failures", defaultValue = "20")
    int loginFailures;

    @Inject
    @ConfigProperty(name = "kpcs.limit.login.minutes", defaultValue = "15")
    int loginMinutes;

    @Inject
    @ConfigProperty(name = "kpcs.limit.forms", defaultValue = "5")
    int formsPerHour;

    @Inject
    @ConfigProperty(name = "kpcs.trusted.proxies")
    Optional<String> trustedProxies;

    /** The request being served (a proxy to the current one). */
    @Inject
    HttpServletRequest request;

    @Inject
    LimitEvents events;

    /** The address of the person behind the current request. */
    public String currentAddress() {
        return ClientAddress.of(request, trustedProxySet());
    }

    /** The address of the person behind a request (for code that runs before the request scope is usable). */
    public String addressOf(HttpServletRequest other) {
        return ClientAddress.of(other, trustedProxySet());
    }

    /** Counts an anonymous submission from the current request's address; false when over the limit. */
    public boolean allowFormNow() {
        return allowForm(currentAddress());
    }

    private Set<String> trustedProxySet() {
        return ClientAddress.parse(trustedProxies.orElse(""));
    }

    /** Until when logins from this address are refused (too many failures), if they are. */
    public Optional<Instant> loginBlockedUntil(String address) {
        return blockedUntil("login:" + address, loginFailures, Duration.ofMinutes(loginMinutes));
    }

    public void loginFailed(String address) {
        record("login:" + address);
    }

    /** Counts an anonymous submission; false when the address has used up its allowance for the hour. */
    public boolean allowForm(String address) {
        String key = "form:" + address;
        if (blockedUntil(key, formsPerHour, Duration.ofHours(1)).isPresent()) {
            return false;
        }
        record(key);
        return true;
    }

    private Optional<Instant> blockedUntil(String key, int max, Duration window) {
        LimitEvents.Counted counted = events.since(key, clock.instant().minus(window));
        return counted.count() >= max ? counted.earliest().map(first -> first.plus(window)) : Optional.empty();
    }

    /** Counts an event now; events older than the longest window are forgotten on the way. */
    private void record(String key) {
        Duration longest = Duration.ofMinutes(Math.max(loginMinutes, 60));
        Instant now = clock.instant();
        events.record(key, now, now.minus(longest));
    }
}
