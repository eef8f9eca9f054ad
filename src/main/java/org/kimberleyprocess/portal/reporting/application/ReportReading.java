package org.kimberleyprocess.portal.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.application.KpAccess;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersions;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Section;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReports;
import org.kimberleyprocess.portal.reporting.domain.report.AnswerText;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingCalendar;
import org.kimberleyprocess.portal.reporting.domain.report.SectionAssignments;

/**
 * Reading annual reports, as who asks may: the Participant's own accounts and the Secretariat see the working
 * answers; everyone else the last submission, KP-only answers only with KP access (and for the Chair and the Working
 * Group on Monitoring, who assess reports).
 */
@Stateless
@PermitAll
public class ReportReading {

    @Inject
    private Caller caller;

    @Inject
    private ReportAccess access;

    @Inject
    private AnnualReports reports;

    @Inject
    private QuestionnaireVersions versions;

    @Inject
    private UserAccounts accounts;

    @Inject
    private KpAccess kpAccess;

    @Inject
    private RegistryService names;

    @Inject
    private SectionAssignments assignments;

    @Inject
    private DocumentStore documents;

    @Inject
    private Clock clock;

    /** A report as the caller may read it; not found when the caller may see nothing of it. */
    public ReportView report(int year, String isoCode) {
        String iso = access.participant(isoCode).getIsoCode();
        Optional<AnnualReport> found = reports.of(iso, year);
        boolean overdue = found.map(r -> r.getRevisions().isEmpty()).orElse(true)
                && ReportingCalendar.isOverdue(year, LocalDate.now(clock));
        if (caller.isIn(Role.SECRETARIAT) || caller.actsFor(iso)) {
            if (found.isEmpty()) {
                QuestionnaireVersion version = access.questionnaire(year);
                AnnualReport draft = new AnnualReport(iso, year, version.getNumber(), clock.instant());
                access.earlier(iso, year).ifPresent(e -> draft.carryOver(version.content(), e, "-", clock.instant()));
                return ReportView.notStarted(draft, version.content(), overdue, access.mayEdit(iso, year));
            }
            AnnualReport r = found.get();
            return ReportView.working(r, versions.contentOf(r.getQuestionnaireNumber()), overdue,
                    access.mayEdit(iso, year));
        }
        AnnualReport r = found.filter(x -> x.lastRevision().isPresent())
                .orElseThrow(() -> new NotFoundException("AnnualReport", iso + "/" + year));
        return ReportView.submitted(r, kpAccess.callerHasKpAccess() || caller.isIn(Role.MONITORING),
                caller.isIn(Role.MONITORING, Role.CHAIR));
    }

    /**
     * The report as {@link #report} lets the caller read it, written out in a language: every question that applies
     * (by the answers' conditions), with its answer as text or none; KP-only answers only for those who may read them.
     */
    public PrintedReport printed(int year, String isoCode, Language language) {
        ReportView view = report(year, isoCode);
        Questionnaire q = versions.contentOf(view.questionnaire());
        Map<String, AnswerView> answers = new HashMap<>();
        view.answers().forEach(a -> answers.put(a.question(), a));
        Function<String, String> stored = code -> Optional.ofNullable(answers.get(code))
                .map(a -> a.value() instanceof JsonString s ? s.getString() : String.valueOf(a.value()))
                .orElse(null);
        List<PrintedReport.PrintedSection> sections = new ArrayList<>();
        for (Section s : q.sections()) {
            List<PrintedReport.PrintedAnswer> printed = new ArrayList<>();
            for (Question question : s.questions()) {
                AnswerView a = answers.get(question.code());
                if (a == null && !q.applies(question, stored)) {
                    continue;
                }
                String text = a == null ? null : AnswerText.of(question, a.value(), language);
                printed.add(new PrintedReport.PrintedAnswer(question.code(), question.text().in(language),
                        text == null || text.isBlank() ? null : text, a != null && a.kpOnly()));
            }
            sections.add(new PrintedReport.PrintedSection(s.code(), s.title().in(language), printed));
        }
        return new PrintedReport(year, view.participant(), names.name(view.participant(), language), view.status(),
                view.revision(), view.questionnaire(), view.lastActivity(), sections);
    }

    /**
     * The file a file answer names, for a reader who may read that answer (as {@link #report} decides: the public
     * only a submitted, not KP-only one); otherwise not found.
     */
    public DocumentView answerFile(int year, String isoCode, String questionCode) {
        return report(year, isoCode).answers().stream().filter(a -> a.question().equals(questionCode))
                .map(AnswerView::value).filter(v -> v instanceof JsonObject)
                .map(v -> ((JsonObject) v).getString("document", null)).filter(Objects::nonNull)
                .findFirst().flatMap(documents::find).map(DocumentView::of)
                .orElseThrow(() -> new NotFoundException("Answer", year + "/" + isoCode + "/" + questionCode));
    }

    /** Who has which section of a report: for the Participant's own accounts and the Secretariat. */
    public List<SectionAssignee> assignments(int year, String isoCode) {
        String iso = access.participant(isoCode).getIsoCode();
        if (!caller.isIn(Role.SECRETARIAT) && !caller.actsFor(iso)) {
            return List.of();
        }
        return assignments.of(iso, year).stream().map(a -> new SectionAssignee(a.getSection(), a.getAssignee(),
                accounts.byUsername(a.getAssignee()).map(UserAccount::getDisplayName).orElse(a.getAssignee()),
                a.getAssignedBy(), a.getAssignedAt())).sorted(Comparator.comparing(SectionAssignee::section)).toList();
    }

    /** The first year on which reports are due (a Participant admitted later owes them from its admission). */
    public int firstReportingYear() {
        return access.firstYear();
    }
}
