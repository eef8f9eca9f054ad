package org.kimberleyprocess.portal.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.reporting.application.ComplianceRow;
import org.kimberleyprocess.portal.reporting.application.QuestionAnswerRow;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireService;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireView;
import org.kimberleyprocess.portal.reporting.application.ReportOversight;
import org.kimberleyprocess.portal.reporting.application.ReportReading;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingCalendar;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingSettings;

/**
 * The compliance dashboard (reporting/compliance.xhtml?year=2025): each Participant's report on a year, sortable,
 * exported to Excel. Read once per request; the year travels in the address and, on the export's post, in the form.
 */
@Named
@RequestScoped
public class ComplianceBacking {

    /** How many years the page offers to switch to. */
    static final int YEARS_OFFERED = 5;

    @Inject
    private ReportOversight oversight;

    @Inject
    private ReportReading reading;

    @Inject
    private CurrentLanguage language;

    @Inject
    private Clock clock;

    private int year;
    private Integer firstYear;
    private List<ComplianceRow> rows;
    private String code;
    private List<QuestionAnswerRow> answers;
    private List<QuestionnaireView.QuestionView> questions;

    @Inject
    private QuestionnaireService questionnaires;

    @Inject
    private PageMessages messages;

    @PostConstruct
    void readYear() {
        String given = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
        year = latestYear();
        if (given != null && given.strip().matches("[0-9]{4}")) {
            year = Integer.parseInt(given.strip());
        }
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
    }

    /** Loads one question's answers (reporting/question.xhtml); an unknown year or question is a 404 page. */
    public void loadQuestion() throws IOException {
        if (getQuestion() == null) {
            throw new NotFoundException("Question", String.valueOf(code));
        }
        getAnswers();
    }

    /** The questions of the year's questionnaire, to choose one. */
    public List<QuestionnaireView.QuestionView> getQuestions() {
        if (questions == null) {
            questions = questionnaires.forYear(year, language.get()).sections().stream()
                    .flatMap(s -> s.questions().stream()).toList();
        }
        return questions;
    }

    /** The question chosen, in the reader's language. */
    public QuestionnaireView.QuestionView getQuestion() {
        return getQuestions().stream().filter(q -> q.code().equals(code)).findFirst().orElse(null);
    }

    public List<QuestionAnswerRow> getAnswers() {
        if (answers == null) {
            answers = oversight.answersTo(year, code, language.get());
        }
        return answers;
    }

    public String getCode() {
        return code;
    }

    /** Loads the dashboard; a year without a questionnaire is a 404 page. */
    public void load() throws IOException {
        getRows();
    }

    public List<ComplianceRow> getRows() {
        if (rows == null) {
            rows = oversight.compliance(year, language.get());
        }
        return rows;
    }

    /** How many reports on the year are submitted, of how many owed. */
    public long getSubmitted() {
        return getRows().stream().filter(r -> r.submittedOn() != null).count();
    }

    /** The years offered, latest first, none before the first reporting year. */
    public List<Integer> getYears() {
        int latest = latestYear();
        int first = reading.firstReportingYear();
        return IntStream.range(0, YEARS_OFFERED).map(i -> latest - i).filter(y -> y >= first).boxed().toList();
    }

    /** The first year on which reports are due (the form's value until it is posted). */
    public Integer getFirstYear() {
        if (firstYear == null) {
            firstYear = reading.firstReportingYear();
        }
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    /** The Secretariat sets the first reporting year; a year out of range is refused with the range. */
    public String saveFirstYear() {
        if (firstYear == null) {
            messages.error("firstYear:first", "reporting.firstYear.error.range", ReportingSettings.EARLIEST_YEAR,
                    latestYear());
            return null;
        }
        return messages.perform(() -> oversight.setFirstReportingYear(firstYear), "reporting.firstYear.saved",
                "/reporting/compliance?faces-redirect=true&year=" + year);
    }

    private int latestYear() {
        return ReportingCalendar.latestOpenYear(LocalDate.now(clock));
    }

    public int getYear() {
        return year;
    }
}
