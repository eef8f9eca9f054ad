package org.kimberleyprocess.portal.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the person behind a request: the connection's remote address, or, when the connection comes
 * from a configured trusted proxy ({@code KPCS_TRUSTED_PROXIES}), the last address in {@code X-Forwarded-For}
 * that is not itself a trusted proxy. A header from anyone else is ignored, so it cannot be forged.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }

    /** Parses the configured list (addresses separated by commas). */
    public static Set<String> parse(String configured) {
        return configured == null ? Set.of() : Arrays.stream(configured.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
