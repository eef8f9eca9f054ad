package org.kimberleyprocess.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void namesComeFromLocaleDataInEachLanguage() {
        assertEquals("Ботсвана", CountryNames.name("BW", Language.RU));
        assertEquals("Afrique du Sud", CountryNames.name("ZA", Language.FR));
        assertEquals("Sudáfrica", CountryNames.name("ZA", Language.ES));
    }

    @Test
    void officialNamesReplaceColloquialShortForms() {
        assertEquals("Democratic Republic of the Congo", CountryNames.name("CD", Language.EN));
        assertEquals("European Community", CountryNames.name("EU", Language.EN));
        assertEquals("Communauté européenne", CountryNames.name("EU", Language.FR));
        assertEquals("Российская Федерация", CountryNames.name("RU", Language.RU));
        assertEquals("República de Corea", CountryNames.name("KR", Language.ES));
    }

    @Test
    void portugueseFollowsTheEuropeanNorm() {
        assertEquals("Polónia", CountryNames.name("PL", Language.PT));
    }

    @Test
    void sortKeyIgnoresCaseAndAccents() {
        assertEquals("cote d’ivoire", CountryNames.sortKey("Côte d’Ivoire"));
        assertEquals("emirats arabes unis", CountryNames.sortKey("Émirats arabes unis"));
        assertEquals("ботсвана", CountryNames.sortKey("Ботсвана"));
    }
}
