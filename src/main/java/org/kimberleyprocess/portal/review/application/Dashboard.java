package org.kimberleyprocess.portal.review.application;

import java.util.List;

/**
 * The public dashboard of review visits, against the Plenary's aim of 2003 that the largest number of Participants
 * possible volunteer by 2006: how many Participants in good standing there are, how many have volunteered and how many
 * have received a visit, the visits, and the Participants that have not volunteered.
 */
public record Dashboard(int participants, int volunteered, int visited, int aimYear, List<VisitView> visits,
                        List<String> notVolunteered) {
}
