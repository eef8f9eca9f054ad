package org.kimberleyprocess.portal.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each status allows: the one place pages and entities take the procedure's steps from. */
class ApplicationStatusTest {

    private static Set<ApplicationStatus> where(Predicate<ApplicationStatus> rule) {
        return Arrays.stream(ApplicationStatus.values()).filter(rule).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(ApplicationStatus.class)));
    }

    @Test
    void eachStepIsOfferedExactlyWhereTheProcedureAllowsIt() {
        assertEquals(EnumSet.of(ApplicationStatus.DRAFT), where(ApplicationStatus::allowsSubmission));
        assertEquals(EnumSet.of(ApplicationStatus.SUBMITTED), where(ApplicationStatus::awaitsAssessment));
        assertEquals(EnumSet.of(ApplicationStatus.UNDER_ASSESSMENT), where(ApplicationStatus::allowsInformationRequest));
        assertEquals(EnumSet.of(ApplicationStatus.UNDER_ASSESSMENT), where(ApplicationStatus::allowsRecommendation));
        assertEquals(EnumSet.of(ApplicationStatus.UNDER_ASSESSMENT, ApplicationStatus.INFORMATION_REQUESTED),
                where(ApplicationStatus::allowsVisitProposal));
        assertEquals(EnumSet.of(ApplicationStatus.RECOMMENDED_FOR_ADMISSION, ApplicationStatus.NOT_RECOMMENDED),
                where(ApplicationStatus::awaitsDecision));
        assertEquals(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_ASSESSMENT,
                ApplicationStatus.INFORMATION_REQUESTED, ApplicationStatus.RECOMMENDED_FOR_ADMISSION,
                ApplicationStatus.NOT_RECOMMENDED), where(ApplicationStatus::allowsNotes));
        assertEquals(EnumSet.complementOf(EnumSet.of(ApplicationStatus.ADMITTED, ApplicationStatus.REJECTED,
                ApplicationStatus.WITHDRAWN)), where(ApplicationStatus::allowsWithdrawal));
    }
}
