package org.kimberleyprocess.portal.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kimberleyprocess.portal.reporting.application.ReminderService;

/** The Secretariat sends the report reminders due today at once (the timer does so every hour); roles in the service. */
@Path("reports/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    /** How many Participants were reminded by this run. */
    public record Sent(int sent) {
    }

    @Inject
    ReminderService reminders;

    @POST
    public Sent send() {
        return new Sent(reminders.sendDue());
    }
}
