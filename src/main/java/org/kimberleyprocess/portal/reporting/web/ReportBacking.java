package org.kimberleyprocess.portal.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;
import org.kimberleyprocess.portal.reporting.application.AnswerView;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireService;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireView;
import org.kimberleyprocess.portal.reporting.application.ReportReading;
import org.kimberleyprocess.portal.reporting.application.ReportFiling;
import org.kimberleyprocess.portal.reporting.application.ReportOversight;
import org.kimberleyprocess.portal.reporting.application.ReportSummary;
import org.kimberleyprocess.portal.reporting.application.ReportView;
import org.kimberleyprocess.portal.reporting.application.ReviewService;
import org.kimberleyprocess.portal.reporting.application.SectionAssignee;
import org.kimberleyprocess.portal.reporting.domain.report.Assessment;
import org.kimberleyprocess.portal.statistics.application.StatisticsDigest;
import org.kimberleyprocess.portal.statistics.application.StatisticsService;

/**
 * The report form (reporting/report.xhtml?year=2025) and the list of a Participant's reports
 * (reporting/index.xhtml). The form is rendered here once per request and saves itself answer by answer through the
 * API (resources/js/report.js): it posts nothing to this bean and keeps no view state on the server.
 */
@Named
@RequestScoped
public class ReportBacking {

    @Inject
    private Caller caller;

    /** The standard questionnaire's section that summarises the statistics. */
    static final String STATISTICS_SECTION = "VI";

    /** A section of the form: its code, title and fields. */
    public record SectionForm(String code, String title, List<FieldView> fields) {
    }

    @Inject
    private ReportReading reading;

    @Inject
    private ReportFiling filing;

    @Inject
    private ReportOversight oversight;

    @Inject
    private QuestionnaireService questionnaires;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    private String reopenReason;
    private String commentQuestion;
    private String commentText;
    private Assessment assessment;

    @Inject
    private ReviewService review;

    @Inject
    private StatisticsService statistics;

    private StatisticsDigest digest;
    private boolean digestRead;

    private Integer year;
    private String iso;
    private ReportView report;
    private QuestionnaireView questionnaire;
    private List<SectionForm> sections;
    private List<ReportSummary> ownReports;
    private Integer preview;
    private Map<String, SectionAssignee> assignments;
    private List<SectionAssignee> colleagues;
    private String assignSection;
    private String assignTo;

    @PostConstruct
    void readParameters() {
        year = Pages.intParameter("year").orElse(null);
        iso = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("iso");
        preview = Pages.intParameter("preview").orElse(null);
    }

    /** The page's heading: the report's year, or the version previewed. */
    public String getHeading() {
        return preview != null ? messages.text("reporting.preview.title", preview)
                : messages.text("reporting.report.title") + " " + (year == null ? "" : year);
    }

    /** Whether the page previews a questionnaire version (the Secretariat) instead of showing a report. */
    public boolean isPreview() {
        return preview != null;
    }

    /** Loads the report named by the parameters (the caller's own Participant by default); else a 404 page. */
    public void load() throws IOException {
        if (preview != null) {
            questionnaire = questionnaires.preview(preview, language.get());
            report = ReportView.blank(preview);
            sections = questionnaire.sections().stream().map(s -> new SectionForm(s.code(), s.title(),
                    s.questions().stream().map(q -> FieldView.of(q, null)).toList())).toList();
            return;
        }
        String state = iso != null ? iso : caller.participant().orElse(null);
        if (year == null || state == null) {
            throw new org.kimberleyprocess.portal.platform.errors.NotFoundException("Report", "-");
        }
        report = reading.report(year, state);
        questionnaire = questionnaires.forYear(year, language.get());
        Map<String, AnswerView> answers = report.answers().stream()
                .collect(Collectors.toMap(AnswerView::question, Function.identity()));
        sections = questionnaire.sections().stream().map(s -> new SectionForm(s.code(), s.title(),
                s.questions().stream().map(q -> FieldView.of(q, answers.get(q.code()))).toList())).toList();
    }

    public List<ReportSummary> getOwnReports() {
        if (ownReports == null) {
            ownReports = filing.ownReports();
        }
        return ownReports;
    }

    /** The report; on a post (the Secretariat's reopening) read here, since the view action runs on GETs only. */
    public ReportView getReport() {
        if (report == null && year != null && iso != null) {
            report = reading.report(year, iso);
        }
        return report;
    }

    /** Who has which section (by section code), for the report's own accounts and the Secretariat. */
    public Map<String, SectionAssignee> getAssignments() {
        if (assignments == null) {
            ReportView r = getReport();
            assignments = r == null || preview != null ? Map.of() : reading.assignments(r.year(), r.participant())
                    .stream().collect(Collectors.toMap(SectionAssignee::section, Function.identity()));
        }
        return assignments;
    }

    /** The sections to give out, by code and title in the reader's language. */
    public List<QuestionnaireView.SectionView> getSectionChoices() {
        return questionnaires.forYear(getReport().year(), language.get()).sections();
    }

    /** The Participant's accounts a section may be given to. */
    public List<SectionAssignee> getColleagues() {
        if (colleagues == null) {
            colleagues = filing.colleagues();
        }
        return colleagues;
    }

    /** A focal point gives a section to a colleague, or takes it back. */
    public String assign() {
        ReportView r = getReport();
        return messages.perform(() -> filing.assign(r.year(), r.participant(), assignSection, assignTo),
                "reporting.assign.done", back(r));
    }

    public String getAssignSection() {
        return assignSection;
    }

    public void setAssignSection(String assignSection) {
        this.assignSection = assignSection;
    }

    public String getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(String assignTo) {
        this.assignTo = assignTo;
    }

    /** The Secretariat reopens the submitted report at the Participant's request. */
    public String reopen() {
        ReportView r = getReport();
        return messages.perform(() -> oversight.reopen(r.year(), r.participant(), reopenReason), "reporting.reopen.done",
                "/reporting/report?faces-redirect=true&year=" + r.year() + "&iso=" + r.participant());
    }

    /** The Working Group comments on a question, or the Participant answers its comment. */
    public String comment() {
        ReportView r = getReport();
        return messages.perform(() -> review.comment(r.year(), r.participant(), commentQuestion, commentText),
                "reporting.review.commented", back(r));
    }

    /** The Working Group records where its review stands. */
    public String assess() {
        ReportView r = getReport();
        return messages.perform(() -> review.assess(r.year(), r.participant(), assessment), "reporting.review.assessed",
                back(r));
    }

    private static String back(ReportView r) {
        return "/reporting/report?faces-redirect=true&year=" + r.year() + "&iso=" + r.participant();
    }

    /** The questions a comment may be about, in the questionnaire's order. */
    public List<String> getQuestionCodes() {
        return questionnaires.forYear(getReport().year(), language.get()).sections().stream()
                .flatMap(s -> s.questions().stream()).map(q -> q.code()).toList();
    }

    public Assessment[] getAssessments() {
        return Assessment.values();
    }

    public String getCommentQuestion() {
        return commentQuestion;
    }

    public void setCommentQuestion(String commentQuestion) {
        this.commentQuestion = commentQuestion;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public Assessment getAssessment() {
        if (assessment == null && getReport() != null) {
            assessment = getReport().assessment();
        }
        return assessment;
    }

    public void setAssessment(Assessment assessment) {
        this.assessment = assessment;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public QuestionnaireView getQuestionnaire() {
        return questionnaire;
    }

    public List<SectionForm> getSections() {
        return sections;
    }

    /** Whether a section is the standard questionnaire's statistics summary, which shows the statistics beside. */
    public boolean isStatisticsSection(String code) {
        return STATISTICS_SECTION.equals(code);
    }

    /**
     * What the Participant's statistics of the report's year say, for whoever may read its returns (its own accounts,
     * the Secretariat, the Working Group on Statistics); null for others.
     */
    public StatisticsDigest getStatisticsDigest() {
        if (!digestRead && report != null) {
            digestRead = true;
            try {
                digest = statistics.digest(report.participant(), report.year());
            } catch (AccessDeniedException | NotFoundException | EJBAccessException e) {
                digest = null;
            }
        }
        return digest;
    }

    /** The address the form saves to. */
    public String getApi() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/reports/"
                + report.year() + "/" + report.participant();
    }

    /** The message keys the form may need to show without a round trip. */
    public List<String> getMessageKeys() {
        return List.of("reporting.answer.error.tooLong", "reporting.answer.error.option",
                "reporting.answer.error.number", "reporting.answer.error.range", "reporting.answer.error.date",
                "reporting.answer.error.shape", "reporting.answer.error.stale", "reporting.report.error.submitted");
    }

    public Integer getYear() {
        return year;
    }
}
