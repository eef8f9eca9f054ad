package org.kimberleyprocess.portal.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
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
import org.kimberleyprocess.portal.review.domain.Recommendation;
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

    private String lead;
    private Long[] team = new Long[0];
    private String changes;
    private String terms;
    private String report;
    private String recommendationText;
    private String note;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private boolean reportPublic;
    private String owner;
    private LocalDate dueOn;
    private Long recommendation;
    private boolean done;
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
        lead = visit.leadIso();
        team = visit.team().stream().map(ExpertView::id).toArray(Long[]::new);
        startsOn = visit.startsOn();
        endsOn = visit.endsOn();
        terms = visit.terms();
        // the Working Group revises its draft; the host's comments start empty
        report = visit.draftReported() && can.writeReports() && !visit.host() ? visit.draftReport() : null;
        recommendation = visit.recommendations().stream().filter(RecommendationView::open)
                .map(RecommendationView::id).findFirst().orElse(null);
    }

    public void load() throws IOException {
        boolean postback = FacesContext.getCurrentInstance().isPostback();
        if (postback && Pages.intParameter("id").isEmpty()) {
            // a form of the template (logging out, say) posts without the visit: it needs none
            return;
        }
        if (getVisit() == null) {
            Pages.sendError(404);
        }
    }

    public String proposeTeam() {
        return act(() -> review.proposeTeam(visit.id(), lead, Arrays.asList(team)),
                "review.visit.teamProposed");
    }

    public String acceptTeam() {
        return act(() -> review.acceptTeam(visit.id()), "review.visit.teamAccepted");
    }

    public String askForChanges() {
        return act(() -> review.askForChanges(visit.id(), changes), "review.visit.changesAsked");
    }

    public String schedule() {
        return act(() -> review.schedule(visit.id(), startsOn, endsOn, terms), "review.visit.scheduled");
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
        return act(() -> review.recommend(visit.id(), recommendationText, owner, dueOn), "review.recommendation.added");
    }

    public String reportProgress() {
        return act(() -> review.reportProgress(recommendation == null ? 0 : recommendation, note, done),
                "review.recommendation.progressSaved");
    }

    private String act(Supplier<?> step, String doneKey) {
        return messages.perform(step::get, doneKey, "/review-visit?faces-redirect=true&id=" + visit.id());
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

    public int getShortTextLength() {
        return Recommendation.TEXT_LENGTH;
    }

    public int getOwnerLength() {
        return Recommendation.OWNER_LENGTH;
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

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public Long[] getTeam() {
        return team;
    }

    public void setTeam(Long[] team) {
        this.team = team == null ? new Long[0] : team;
    }

    public String getChanges() {
        return changes;
    }

    public void setChanges(String changes) {
        this.changes = changes;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getRecommendationText() {
        return recommendationText;
    }

    public void setRecommendationText(String recommendationText) {
        this.recommendationText = recommendationText;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public boolean isReportPublic() {
        return reportPublic;
    }

    public void setReportPublic(boolean reportPublic) {
        this.reportPublic = reportPublic;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Long recommendation) {
        this.recommendation = recommendation;
    }

    public Part getAttachment() {
        return attachment;
    }

    public void setAttachment(Part attachment) {
        this.attachment = attachment;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
