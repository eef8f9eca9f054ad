package org.kimberleyprocess.portal.reporting.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    private static String key(String day) {
        return ReminderPlan.latest(2025, LocalDate.parse(day)).map(ReminderPlan.Reminder::key).orElse("none");
    }

    @Test
    void remindersFall30And7DaysBeforeTheDeadlineThenWeekly() {
        assertEquals("none", key("2026-02-28"));
        assertEquals("before-30", key("2026-03-01"));
        assertEquals("before-30", key("2026-03-23"));
        assertEquals("before-7", key("2026-03-24"));
        assertEquals("before-7", key("2026-04-06"));
        assertEquals("overdue-1", key("2026-04-07"));
        assertEquals("overdue-1", key("2026-04-13"));
        assertEquals("overdue-2", key("2026-04-14"));
        assertEquals("overdue-34", key("2026-11-28"));
    }

    @Test
    void aReminderSaysHowFarTheDeadlineIs() {
        ReminderPlan.Reminder before = ReminderPlan.latest(2025, LocalDate.parse("2026-03-02")).orElseThrow();
        assertEquals(LocalDate.parse("2026-03-01"), before.day());
        assertEquals(30, before.daysBeforeDue());
        ReminderPlan.Reminder late = ReminderPlan.latest(2025, LocalDate.parse("2026-04-20")).orElseThrow();
        assertEquals(LocalDate.parse("2026-04-14"), late.day());
        assertTrue(late.daysBeforeDue() < 0);
    }
}
