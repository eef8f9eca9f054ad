package org.kimberleyprocess.portal.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GarbledTextTest {

    /** What a form without an upload stored: the UTF-8 bytes read as ISO-8859-1. */
    private static String garbled(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void textTypedInAnyOfTheFiveLanguagesIsGivenBackAsTyped() {
        for (String typed : List.of("Secretaría de Economía", "exportación", "Côte d'Ivoire",
                "São Tomé e Príncipe", "Кот-д’Ивуар", "é ç ã ñ ü Ё Й ж « »")) {
            assertEquals(Optional.of(typed), GarbledText.repair(garbled(typed)), typed);
        }
        assertEquals("SecretarÃ­a de EconomÃ­a", garbled("Secretaría de Economía"));
    }

    @Test
    void textStoredRightIsLeftAlone() {
        for (String right : List.of("Botswana", "Secretaría de Economía", "Кот-д’Ивуар", "São Tomé", "« »",
                "Ça coûte 10 €", "")) {
            assertTrue(GarbledText.repair(right).isEmpty(), right);
        }
        assertTrue(GarbledText.repair(null).isEmpty());
    }

    @Test
    void latinOneTextThatIsNotValidUtf8IsLeftAlone() {
        assertTrue(GarbledText.repair("Ã bientôt").isEmpty(), "Ã followed by a space is no UTF-8 sequence");
        assertTrue(GarbledText.repair("naïve café").isEmpty());
    }
}
