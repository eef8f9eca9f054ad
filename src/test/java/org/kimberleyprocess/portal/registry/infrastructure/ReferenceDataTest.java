package org.kimberleyprocess.portal.registry.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void quotedValuesKeepTheirCommas() {
        assertEquals(List.of("CN", "China, People's Republic of", "STATE", "PARTICIPANT"),
                ReferenceData.split("CN,\"China, People's Republic of\",STATE,PARTICIPANT"));
        assertEquals(List.of("a \"b\"", ""), ReferenceData.split("\"a \"\"b\"\"\","));
    }

    @Test
    void theShippedListsAreThoseOfOctober2003() {
        List<Map<String, String>> participants = ReferenceData.read("/reference/participants-2003.csv");
        assertEquals(45, participants.size());
        assertEquals(1, participants.stream().filter(r -> "REIO".equals(r.get("kind"))).count());
        assertTrue(participants.stream().anyMatch(r -> "BW".equals(r.get("iso2"))));
        assertEquals(17, ReferenceData.read("/reference/applicants-2003.csv").size());
        assertEquals(3, ReferenceData.read("/reference/observers-2003.csv").size());
    }
}
