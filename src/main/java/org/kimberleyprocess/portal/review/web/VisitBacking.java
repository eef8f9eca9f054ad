package org.kimberleyprocess.portal.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.review.application.ExpertRoster;
import org.kimberleyprocess.portal.review.application.ExpertView;
import org.kimberleyprocess.portal.review.application.PeerReviewService;
import org.kimberleyprocess.portal.review.application.RecommendationView;
import org.kimberleyprocess.portal.review.application.VisitView;
import org.kimberleyprocess.portal.review.domain.ReviewVisit;

/**
 * One review visit (review-visit.xhtml): its state, team, terms, reports and recommendations as the reader may see
 * them, and the forms of the next step for those who take it: the Working Group's team, schedule, reports and
 * recommendations; the host's answer to the team, comments and progress reports.
 */
@Named
@RequestScoped
public class VisitBacking {

    @Inject
    private PeerReviewService review;

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

    private VisitView visit;
    private List<ParticipantRow> states;
    private List<ExpertView> experts;

    private final TeamForm teamForm = new TeamForm();
    private final ScheduleForm scheduleForm = new ScheduleForm();
    private final RecommendationForm recommendationForm = new RecommendationForm();
    private final ProgressForm progressForm = new ProgressForm();
    private String changes;
    private String report;
    private boolean reportPublic;
    private transient Part attachment;

    /**
     * What the forms show, as stored, read on every request: a form shown again after another form's refusal holds
     * what is stored (or, for the form that was sent, what the person typed), never blanks.
     */
    @PostConstruct
    void read() {
        if (getVisit() == null) {
            return;
        }
        teamForm.setLead(visit.leadIso());
        teamForm.setTeam(visit.team().stream().map(ExpertView::id).toArray(Long[]::new));
        scheduleForm.setStartsOn(visit.startsOn());
        scheduleForm.setEndsOn(visit.endsOn());
        scheduleForm.setTerms(visit.terms());
        // the Working Group revises its draft; the host's comments start empty
        report = visit.draftReported() && can.writeReports() && !visit.host() ? visit.draftReport() : null;
        progressForm.setRecommendation(visit.recommendations().stream().filter(RecommendationView::open)
                .map(RecommendationView::id).findFirst().orElse(null));
    }

    public void load() throws IOException {
        boolean postback = FacesContext.getCurrentInstance().isPostback();
        if (postback && Pages.intParameter("id").isEmpty()) {
            // a form of the template (logging out, say) posts without the visit: it needs none
            return;
        }
        if (getVisit() == null) {
            throw new NotFoundException("ReviewVisit", Pages.intParameter("id").orElse(0));
        }
    }

    public String proposeTeam() {
        return act(() -> review.proposeTeam(visit.id(), teamForm.getLead(), Arrays.asList(teamForm.getTeam())),
                "review.visit.teamProposed");
    }

    public String acceptTeam() {
        return act(() -> review.acceptTeam(visit.id()), "review.visit.teamAccepted");
    }

    public String askForChanges() {
        return act(() -> review.askForChanges(visit.id(), changes), "review.visit.changesAsked");
    }

    public String schedule() {
        return act(() -> review.schedule(visit.id(), scheduleForm.getStartsOn(), scheduleForm.getEndsOn(),
                scheduleForm.getTerms()), "review.visit.scheduled");
    }

    public String draftReport() {
        return act(() -> review.draftReport(visit.id(), report), "review.visit.draftSaved");
    }

    public String attach() {
        if (attachment == null || attachment.getSize() == 0) {
            messages.error("attach:file", "plenary.library.error.noFile");
            return null;
        }
        try (InputStream in = attachment.getInputStream()) {
            return act(() -> review.attach(visit.id(), attachment.getSubmittedFileName(), attachment.getSize(), in),
                    "review.visit.attached");
        } catch (IOException e) {
            messages.error("attach:file", "plenary.library.error.noFile");
            return null;
        }
    }

    public String comment() {
        return act(() -> review.comment(visit.id(), report), "review.visit.commentSaved");
    }

    public String finalise() {
        return act(() -> review.finalise(visit.id(), report, reportPublic), "review.visit.finalSaved");
    }

    public String recommend() {
        return act(() -> review.recommend(visit.id(), recommendationForm.getText(),
                recommendationForm.getOwner(), recommendationForm.getDueOn()), "review.recommendation.added");
    }

    public String reportProgress() {
        return act(() -> review.reportProgress(progressForm.getRecommendation() == null ? 0
                : progressForm.getRecommendation(), progressForm.getNote(), progressForm.isDone()),
                "review.recommendation.progressSaved");
    }

    private String act(Supplier<?> step, String doneKey) {
        return messages.perform(step::get, doneKey, "/review/visit?faces-redirect=true&id=" + visit.id());
    }

    /** Participants in good standing other than the host, to lead the team. */
    public List<ParticipantRow> getStates() {
        if (states == null) {
            states = can.organiseVisits() ? registry.participants(new ParticipantQuery(language.get(),
                    EnumSet.of(ParticipationStatus.PARTICIPANT), null, ParticipantSort.NAME, true, 0,
                    ParticipantQuery.MAX_PAGE)).stream().filter(p -> visit == null || !p.isoCode().equals(visit.hostIso())).toList()
                    : List.of();
        }
        return states;
    }

    /** Active experts of the roster, to choose the team from. */
    public List<ExpertView> getExperts() {
        if (experts == null) {
            experts = can.organiseVisits() ? roster.experts().stream().filter(ExpertView::active).toList() : List.of();
        }
        return experts;
    }

    public int getTextLength() {
        return ReviewVisit.REPORT_LENGTH;
    }

    /**
     * The visit of the request's {@code id}, read at its first use: a form's fields and lists may need it before the
     * view action runs (and a refused form is shown again without it running).
     */
    public VisitView getVisit() {
        if (visit == null) {
            Pages.intParameter("id").ifPresent(id -> {
                try {
                    visit = review.visit(id);
                } catch (NotFoundException e) {
                    // the view action answers 404
                }
            });
        }
        return visit;
    }

    public TeamForm getTeamForm() {
        return teamForm;
    }

    public ScheduleForm getScheduleForm() {
        return scheduleForm;
    }

    public RecommendationForm getRecommendationForm() {
        return recommendationForm;
    }

    public ProgressForm getProgressForm() {
        return progressForm;
    }

    public String getChanges() {
        return changes;
    }

    public void setChanges(String changes) {
        this.changes = changes;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public boolean isReportPublic() {
        return reportPublic;
    }

    public void setReportPublic(boolean reportPublic) {
        this.reportPublic = reportPublic;
    }

    public Part getAttachment() {
        return attachment;
    }

    public void setAttachment(Part attachment) {
        this.attachment = attachment;
    }
}
