package org.kimberleyprocess.portal.accounts.infrastructure;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The password of the first Secretariat account outside demo mode: the configured one, or a one-time password
 * (20 characters, no look-alikes) that must be changed at the first login.
 *
 * @param value     the password
 * @param oneTime   whether the system made it up (then it is shown once in the log and must be changed)
 */
public record FirstSecretariatPassword(String value, boolean oneTime) {

    static final int LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static FirstSecretariatPassword from(Optional<String> configured) {
        return configured.filter(p -> !p.isBlank())
                .map(p -> new FirstSecretariatPassword(p, false))
                .orElseGet(() -> new FirstSecretariatPassword(random(), true));
    }

    private static String random() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "FirstSecretariatPassword[oneTime=" + oneTime + "]";
    }
}
