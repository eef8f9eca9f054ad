package org.kimberleyprocess.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits per client address (see {@link ClientAddress}): failed logins, and anonymous forms that create records or
 * send mail (sign-ups, Observer requests). The limits are Liberty variables, so a test server can set its own:
 * {@code kpcs.limit.login.failures} failed logins per {@code kpcs.limit.login.minutes}, and
 * {@code kpcs.limit.forms} anonymous submissions per hour. Counted in this server's memory: a restart forgets them.
 */
@ApplicationScoped
public class AbuseLimits {

    /** How many addresses are remembered at most; the oldest are forgotten first. */
    static final int MAX_KEYS = 20_000;

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

    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

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
        record("login:" + address, Duration.ofMinutes(loginMinutes));
    }

    /** Counts an anonymous submission; false when the address has used up its allowance for the hour. */
    public boolean allowForm(String address) {
        String key = "form:" + address;
        if (blockedUntil(key, formsPerHour, Duration.ofHours(1)).isPresent()) {
            return false;
        }
        record(key, Duration.ofHours(1));
        return true;
    }

    private Optional<Instant> blockedUntil(String key, int max, Duration window) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, window);
            return times.size() >= max ? Optional.of(times.peekFirst().plus(window)) : Optional.empty();
        }
    }

    private void record(String key, Duration window) {
        if (events.size() >= MAX_KEYS) {
            events.keySet().stream().findFirst().ifPresent(events::remove);
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, window);
            times.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> times, Duration window) {
        Instant horizon = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
