package org.kimberleyprocess.portal.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.ADMITTED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.DRAFT;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.INFORMATION_REQUESTED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.NOT_RECOMMENDED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.RECOMMENDED_FOR_ADMISSION;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.REJECTED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.SUBMITTED;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.UNDER_ASSESSMENT;
import static org.kimberleyprocess.portal.membership.domain.ApplicationStatus.WITHDRAWN;
import static org.kimberleyprocess.portal.membership.domain.ProcedureOffice.APPLICANT;
import static org.kimberleyprocess.portal.membership.domain.ProcedureOffice.CHAIR;
import static org.kimberleyprocess.portal.membership.domain.ProcedureOffice.PARTICIPATION_COMMITTEE;

import org.junit.jupiter.api.Test;

class ProcedureOfficeTest {

    @Test
    void theApplicantDraftsSubmitsAnswersAndWithdraws() {
        assertEquals(APPLICANT, ProcedureOffice.taking(null, DRAFT));
        assertEquals(APPLICANT, ProcedureOffice.taking(DRAFT, SUBMITTED));
        assertEquals(APPLICANT, ProcedureOffice.taking(INFORMATION_REQUESTED, UNDER_ASSESSMENT));
        assertEquals(APPLICANT, ProcedureOffice.taking(RECOMMENDED_FOR_ADMISSION, WITHDRAWN));
    }

    @Test
    void theCommitteeAssessesAsksAndRecommends() {
        assertEquals(PARTICIPATION_COMMITTEE, ProcedureOffice.taking(SUBMITTED, UNDER_ASSESSMENT));
        assertEquals(PARTICIPATION_COMMITTEE, ProcedureOffice.taking(UNDER_ASSESSMENT, INFORMATION_REQUESTED));
        assertEquals(PARTICIPATION_COMMITTEE, ProcedureOffice.taking(UNDER_ASSESSMENT, RECOMMENDED_FOR_ADMISSION));
        assertEquals(PARTICIPATION_COMMITTEE, ProcedureOffice.taking(UNDER_ASSESSMENT, NOT_RECOMMENDED));
    }

    @Test
    void theChairDecides() {
        assertEquals(CHAIR, ProcedureOffice.taking(RECOMMENDED_FOR_ADMISSION, ADMITTED));
        assertEquals(CHAIR, ProcedureOffice.taking(NOT_RECOMMENDED, REJECTED));
    }
}
