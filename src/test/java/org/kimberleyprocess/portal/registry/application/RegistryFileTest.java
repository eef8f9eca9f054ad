package org.kimberleyprocess.portal.registry.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.registry.domain.ChairOffice;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

class RegistryFileTest {

    private static RegistryFile read(String text) {
        return RegistryFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedListsAreThoseOfOctober2003() {
        List<RegistryFile.Line> participants = RegistryFile.resource("/reference/participants-2003.csv").lines();
        assertEquals(45, participants.size());
        List<StateEntry> states = participants.stream().map(l -> (StateEntry) l.entry()).toList();
        assertEquals(1, states.stream().filter(s -> s.kind() == ParticipantKind.REIO).count());
        StateEntry ec = states.stream().filter(s -> s.isoCode().equals("EU")).findFirst().orElseThrow();
        assertEquals(15, ec.members().size());
        assertTrue(states.stream().allMatch(s -> s.date().equals(LocalDate.of(2003, 10, 31))));
        assertEquals(17, RegistryFile.resource("/reference/applicants-2003.csv").lines().size());
        assertEquals(RegistryFile.Format.OBSERVERS, RegistryFile.resource("/reference/observers-2003.csv").format());
        assertEquals(3, RegistryFile.resource("/reference/observers-2003.csv").lines().size());
        assertEquals(3, RegistryFile.resource("/reference/chair-terms-2003.csv").lines().size());
    }

    @Test
    void quotedValuesAByteOrderMarkAndTheLineOfEachEntry() {
        RegistryFile file = read("\uFEFFiso2,name,kind,status,date,reference,reason\n"
                + "CI,\"Côte d'Ivoire, Republic of\",STATE,APPLICANT,2004-02-01,\"Plenary, \"\"Gatineau\"\"\",\n"
                + "\n"
                + "CI,,,PARTICIPANT,2004-11-01,AD 2004/3,\"Admitted\nafter a visit\"\n"
                + "RU,Российская Федерация,state,participant,2003-10-31,Список,\n");
        assertEquals(List.of(), file.problems());
        assertEquals(RegistryFile.Format.STATES, file.format());
        List<RegistryFile.Line> lines = file.lines();
        assertEquals(List.of(2L, 4L, 6L), lines.stream().map(RegistryFile.Line::number).toList());
        StateEntry first = (StateEntry) lines.get(0).entry();
        assertEquals("Côte d'Ivoire, Republic of", first.name());
        assertEquals("Plenary, \"Gatineau\"", first.reference());
        assertNull(first.reason());
        StateEntry second = (StateEntry) lines.get(1).entry();
        assertNull(second.name());
        assertEquals("Admitted\nafter a visit", second.reason());
        StateEntry third = (StateEntry) lines.get(2).entry();
        assertEquals("Российская Федерация", third.name());
        assertEquals(ParticipationStatus.PARTICIPANT, third.status());
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        RegistryFile file = read("year,office,iso2,reference\n"
                + "2005,CHAIR,RU,Plenary 2004\n"
                + "05,CHAIR,RU,Plenary 2004\n"
                + "2006,PRESIDENT,BW,Plenary 2005\n"
                + "2007,CHAIR,BW\n");
        assertEquals(RegistryFile.Format.CHAIR_TERMS, file.format());
        assertEquals(new ChairTermEntry(2005, ChairOffice.CHAIR, "RU", "Plenary 2004"), file.lines().get(0).entry());
        assertEquals(List.of(3L, 4L, 5L), file.problems().stream().map(ImportProblem::line).toList());
        assertEquals(List.of("registry.import.error.year", "registry.import.error.choice",
                "registry.import.error.columns"), file.problems().stream().map(ImportProblem::messageKey).toList());
    }

    @Test
    void datesAreIsoDates() {
        RegistryFile file = read("name,kind,since\nGlobal Witness,CIVIL_SOCIETY,31/10/2003\n"
                + "Partnership Africa Canada,CIVIL_SOCIETY,2003-10-31\n");
        assertEquals(ImportProblem.of(2, "registry.import.error.date", "since", "31/10/2003"), file.problems().get(0));
        assertEquals(new ObserverEntry("Partnership Africa Canada", ObserverKind.CIVIL_SOCIETY,
                LocalDate.of(2003, 10, 31)), file.lines().get(0).entry());
    }

    @Test
    void anUnknownHeaderAnEmptyFileAndBytesThatAreNotUtf8AreRefused() {
        assertEquals("registry.import.error.header", read("code,label\nBW,Botswana\n").problems().get(0).messageKey());
        assertEquals("registry.import.error.header", read("name,kind,since,extra\n").problems().get(0).messageKey());
        assertEquals("registry.import.error.empty", read("name,kind,since\n").problems().get(0).messageKey());
        byte[] latin1 = "name,kind,since\nSociété,OTHER,2004-01-01\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("registry.import.error.encoding", RegistryFile.read(latin1).problems().get(0).messageKey());
        assertNull(RegistryFile.read(latin1).format());
    }
}
