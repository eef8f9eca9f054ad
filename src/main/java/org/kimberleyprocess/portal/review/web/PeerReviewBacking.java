package org.kimberleyprocess.portal.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.review.application.Dashboard;
import org.kimberleyprocess.portal.review.application.PeerReviewService;

/**
 * The peer review's public dashboard (peer-review.xhtml): volunteers and visits against the aim of 2006, the
 * Participants that have not volunteered; a focal point volunteers its Participant here (the Secretariat any).
 */
@Named
@RequestScoped
public class PeerReviewBacking {

    @Inject
    private PeerReviewService review;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private ReviewCan can;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    private Dashboard dashboard;
    private String year;
    private String host;

    @PostConstruct
    void load() {
        dashboard = review.dashboard();
        year = String.valueOf(LocalDate.now(clock).getYear() + 1);
    }

    public String volunteer() {
        long[] id = new long[1];
        String iso = can.volunteerForAny() ? host : accounts.myAccount().participantIso();
        String outcome = messages.perform(() -> id[0] = review.volunteer(iso, year == null || !year.strip().matches("[0-9]{4}") ? 0 : Integer.parseInt(year.strip())),
                "review.visit.volunteered", "");
        return outcome == null ? null : "/review/visit?faces-redirect=true&id=" + id[0];
    }

    /** The Participants the Secretariat may volunteer. */
    public List<ParticipantRow> getStates() {
        if (!can.volunteerForAny()) {
            return List.of();
        }
        return registry.participants(new ParticipantQuery(language.get(), EnumSet.of(ParticipationStatus.PARTICIPANT),
                null, ParticipantSort.NAME, true, 0, ParticipantQuery.MAX_PAGE));
    }

    /** The share of Participants that have volunteered, in per cent. */
    public int getVolunteeredShare() {
        return dashboard.participants() == 0 ? 0 : Math.round(100f * dashboard.volunteered() / dashboard.participants());
    }

    /** A year has four digits. */
    public int getYearLength() {
        return 4;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }
}
