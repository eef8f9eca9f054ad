package org.kimberleyprocess.portal.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;
import org.kimberleyprocess.portal.plenary.domain.Decision;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.review.application.ExpertRoster;
import org.kimberleyprocess.portal.review.application.ExpertView;
import org.kimberleyprocess.portal.review.application.MissionService;
import org.kimberleyprocess.portal.review.application.MissionView;
import org.kimberleyprocess.portal.review.domain.MissionOutcome;
import org.kimberleyprocess.portal.review.domain.ReviewVisit;

/**
 * Review missions (review/missions.xhtml, review/mission.xhtml): the list and the Chair's opening form, one mission
 * with its report, recommendations and the closing outcome.
 */
@Named
@RequestScoped
public class MissionsBacking {

    @Inject
    private MissionService missions;

    @Inject
    private ExpertRoster roster;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private ReviewCan can;

    private List<MissionView> all;
    private MissionView mission;

    private String subject;
    private String grounds;
    private String terms;
    private Long[] team = new Long[0];
    private String report;
    private final RecommendationForm recommendationForm = new RecommendationForm();
    private MissionOutcome outcome;
    private String decisionReference;

    /** The list page. */
    public void loadAll() throws IOException {
        if (all == null) {
            all = missions.missions();
        }
    }

    /**
     * On one mission's page, the stored report in its form, read on every request: after another form's refusal the
     * form shows what is stored (or what the person typed in it), never blanks that a save would store.
     */
    @PostConstruct
    void read() {
        if (Pages.intParameter("id").isPresent() && getMission() != null) {
            report = mission.report();
        }
    }

    /** One mission's page. */
    public void load() throws IOException {
        boolean postback = FacesContext.getCurrentInstance().isPostback();
        if (mission != null || (postback && Pages.intParameter("id").isEmpty())) {
            return;
        }
        mission = missions.mission(Pages.intParameter("id").orElse(0));
    }

    /** The mission of the request's {@code id}, read at its first use (a refused form is shown again without the view action). */
    public MissionView getMission() {
        if (mission == null) {
            Pages.intParameter("id").ifPresent(id -> {
                try {
                    mission = missions.mission(id);
                } catch (NotFoundException | EJBAccessException e) {
                    // the view action answers 404 or 403
                }
            });
        }
        return mission;
    }

    public String open() {
        long[] id = new long[1];
        String done = messages.perform(() -> id[0] = missions.open(subject, grounds, terms,
                Arrays.asList(team)), "review.mission.opened", "");
        return done == null ? null : "/review/mission?faces-redirect=true&id=" + id[0];
    }

    public String saveReport() {
        return act(() -> missions.report(mission.id(), report), "review.mission.reported");
    }

    public String recommend() {
        return act(() -> missions.recommend(mission.id(), recommendationForm.getText(), recommendationForm.getOwner(),
                recommendationForm.getDueOn()),
                "review.recommendation.added");
    }

    public String close() {
        return act(() -> missions.close(mission.id(), outcome, decisionReference), "review.mission.closed");
    }

    private String act(Supplier<?> step, String doneKey) {
        return messages.perform(step::get, doneKey, "/review/mission?faces-redirect=true&id=" + mission.id());
    }

    public List<ParticipantRow> getStates() {
        return can.leadMissions() ? registry.participants(new ParticipantQuery(language.get(),
                EnumSet.of(ParticipationStatus.PARTICIPANT, ParticipationStatus.SUSPENDED), null, ParticipantSort.NAME,
                true, 0, ParticipantQuery.MAX_PAGE)) : List.of();
    }

    public List<ExpertView> getExperts() {
        return can.leadMissions() ? roster.experts().stream().filter(ExpertView::active).toList() : List.of();
    }

    public MissionOutcome[] getOutcomes() {
        return MissionOutcome.values();
    }

    public int getTextLength() {
        return ReviewVisit.REPORT_LENGTH;
    }

    public int getTermsLength() {
        return ReviewVisit.TERMS_LENGTH;
    }

    public int getReferenceLength() {
        return Decision.REFERENCE_LENGTH;
    }

    public RecommendationForm getRecommendationForm() {
        return recommendationForm;
    }

    public List<MissionView> getAll() {
        return all;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public Long[] getTeam() {
        return team;
    }

    public void setTeam(Long[] team) {
        this.team = team == null ? new Long[0] : team;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public MissionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(MissionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }
}
