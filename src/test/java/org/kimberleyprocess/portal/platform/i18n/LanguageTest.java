package org.kimberleyprocess.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void browserPreferenceChoosesTheBestOfficialLanguage() {
        assertEquals(Language.FR, Language.bestFor("fr-CH, fr;q=0.9, en;q=0.8"));
        assertEquals(Language.RU, Language.bestFor("de-DE, ru;q=0.5"));
        assertEquals(Language.PT, Language.bestFor("pt-BR"));
        assertEquals(Language.ES, Language.bestFor("es-419,es;q=0.9"));
    }

    @Test
    void noUsablePreferenceFallsBackToEnglish() {
        assertEquals(Language.EN, Language.bestFor(null));
        assertEquals(Language.EN, Language.bestFor("de, it;q=0.5"));
        assertEquals(Language.EN, Language.bestFor("not a header;;;q=x"));
    }

    @Test
    void codesAreReadLeniently() {
        assertEquals(Language.RU, Language.fromCode(" RU ").orElseThrow());
        assertTrue(Language.fromCode("de").isEmpty());
        assertTrue(Language.fromCode(null).isEmpty());
    }
}
