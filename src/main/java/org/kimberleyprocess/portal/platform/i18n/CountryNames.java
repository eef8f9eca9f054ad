package org.kimberleyprocess.portal.platform.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Country names in the five languages: the JDK's locale data, except where it gives a colloquial short form
 * ("Congo - Kinshasa", "Russia", "European Union"); there the official name kept in the message bundles
 * under {@code country.XX} wins.
 */
public final class CountryNames {

    static final String BUNDLE = "org.kimberleyprocess.portal.i18n.messages";

    private CountryNames() {
    }

    /** Codes outside ISO 3166-1 that the Scheme uses: "EU" for the European Community. */
    public static final java.util.Set<String> EXTRA_CODES = java.util.Set.of("EU");

    /** An ISO 3166-1 alpha-2 code, or one of the Scheme's extra codes. */
    public static boolean isKnown(String isoCode) {
        return isoCode != null && (EXTRA_CODES.contains(isoCode)
                || java.util.Arrays.asList(Locale.getISOCountries()).contains(isoCode));
    }

    public static String name(String isoCode, Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString("country." + isoCode);
        } catch (MissingResourceException notOverridden) {
            String name = new Locale("", isoCode).getDisplayCountry(language.locale());
            return name.isBlank() ? isoCode : name;
        }
    }

    /** Lower case without accents: "Côte d’Ivoire" sorts and is found as "cote d’ivoire". */
    public static String sortKey(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
