package org.kimberleyprocess.portal.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Scheme's five official languages, in which every page of the portal is offered. */
public enum Language {
    EN("English"),
    FR("Français"),
    PT("Português"),
    ES("Español"),
    RU("Русский");

    public static final Language DEFAULT = EN;

    private final String nativeName;

    Language(String nativeName) {
        this.nativeName = nativeName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locale for texts, dates and country names; Portuguese follows the European norm. */
    public Locale locale() {
        return this == PT ? Locale.forLanguageTag("pt-PT") : Locale.forLanguageTag(code());
    }

    public String nativeName() {
        return nativeName;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code().equals(wanted)).findFirst();
    }

    /** The best official language for an Accept-Language header, or the default. */
    public static Language bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            List<Locale> offered = Arrays.stream(values()).map(l -> Locale.forLanguageTag(l.code())).toList();
            Locale best = Locale.lookup(ranges, offered);
            return best == null ? DEFAULT : fromCode(best.getLanguage()).orElse(DEFAULT);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}
