package org.kimberleyprocess.portal.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.security.UserAccount;
import org.kimberleyprocess.portal.platform.security.UserAccounts;
import org.kimberleyprocess.portal.registry.application.KpAccess;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.reporting.domain.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.AnnualReports;
import org.kimberleyprocess.portal.reporting.domain.Answer;
import org.kimberleyprocess.portal.reporting.domain.AnswerRules;
import org.kimberleyprocess.portal.reporting.domain.AnswerText;
import org.kimberleyprocess.portal.reporting.domain.InvalidAnswerException;
import org.kimberleyprocess.portal.reporting.domain.Question;
import org.kimberleyprocess.portal.reporting.domain.QuestionType;
import org.kimberleyprocess.portal.reporting.domain.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.QuestionnaireVersions;
import org.kimberleyprocess.portal.reporting.domain.ReportRevision;
import org.kimberleyprocess.portal.reporting.domain.ReportStatus;
import org.kimberleyprocess.portal.reporting.domain.ReportingCalendar;
import org.kimberleyprocess.portal.reporting.domain.ReportingDuty;
import org.kimberleyprocess.portal.reporting.domain.ReportingSettings;
import org.kimberleyprocess.portal.reporting.domain.ReportingSettingsStore;
import org.kimberleyprocess.portal.reporting.domain.RevisionDifferences;
import org.kimberleyprocess.portal.reporting.domain.Section;
import org.kimberleyprocess.portal.reporting.domain.SectionAssignment;
import org.kimberleyprocess.portal.reporting.domain.SectionAssignments;

/**
 * Filing the annual report: a Participant's focal points answer question by question (each answer against the
 * version its editor saw), submit when complete; the Secretariat reopens on request. Reading follows who asks: the
 * Participant's own accounts and the Secretariat see the working answers; everyone else the last submission, KP-only
 * answers only with KP access (and for the Chair and the Working Group on Monitoring, who assess reports).
 */
@Stateless
public class ReportService {

    @Inject
    private AnnualReports reports;

    @Inject
    private QuestionnaireVersions versions;

    @Inject
    private Participants participants;

    @Inject
    private UserAccounts accounts;

    @Inject
    private KpAccess kpAccess;

    @Inject
    private RegistryService names;

    @Inject
    private Clock clock;

    @Inject
    private ReportingSettingsStore settings;

    @Inject
    private SectionAssignments assignments;

    @Inject
    private DocumentStore documents;

    @Inject
    private Event<Audited> audit;

    @Resource
    private SessionContext context;

    /** A report as the caller may read it; not found when the caller may see nothing of it. */
    @PermitAll
    public ReportView report(int year, String isoCode) {
        String iso = participant(isoCode).getIsoCode();
        Optional<AnnualReport> found = reports.of(iso, year);
        LocalDate today = LocalDate.now(clock);
        boolean overdue = found.map(r -> r.getRevisions().isEmpty()).orElse(true)
                && ReportingCalendar.isOverdue(year, today);
        if (context.isCallerInRole(Role.SECRETARIAT_NAME) || kpAccess.callerActsFor(iso)) {
            if (found.isEmpty()) {
                // nothing is stored by reading: the Part A answers that the first save will carry over are shown
                QuestionnaireVersion version = questionnaire(year);
                AnnualReport draft = new AnnualReport(iso, year, version.getNumber(), clock.instant());
                earlier(iso, year).ifPresent(e -> draft.carryOver(version.content(), e, "-", clock.instant()));
                return new ReportView(year, iso, ReportStatus.NOT_STARTED, 0, version.getNumber(),
                        ReportingCalendar.dueOn(year), overdue, true, mayEdit(iso, year), null,
                        draft.getAnswers().stream().map(AnswerView::of).toList(), draft.missing(version.content()),
                        List.of(), List.of(), null, List.of());
            }
            AnnualReport r = found.get();
            var q = versions.contentOf(r.getQuestionnaireNumber());
            return new ReportView(year, iso, r.getStatus(), r.getRevisions().size(), r.getQuestionnaireNumber(),
                    ReportingCalendar.dueOn(year), overdue, true,
                    mayEdit(iso, year) && r.getStatus() != ReportStatus.SUBMITTED, r.getUpdatedAt(),
                    r.getAnswers().stream().map(AnswerView::of).toList(), r.missing(q), r.invalid(q), revisions(r),
                    r.getAssessment().orElse(null), comments(r));
        }
        AnnualReport r = found.filter(x -> x.lastRevision().isPresent())
                .orElseThrow(() -> new NotFoundException("AnnualReport", iso + "/" + year));
        ReportRevision last = r.lastRevision().orElseThrow();
        boolean kp = kpAccess.callerHasKpAccess() || context.isCallerInRole(Role.MONITORING_NAME);
        List<AnswerView> answers = new ArrayList<>();
        for (JsonValue v : jakarta.json.Json.createReader(new java.io.StringReader(last.answers())).readArray()) {
            var o = v.asJsonObject();
            if (kp || !o.getBoolean("kpOnly")) {
                answers.add(new AnswerView(o.getString("question"), o.get("value"), o.getBoolean("kpOnly"), 0, null));
            }
        }
        boolean reviewer = context.isCallerInRole(Role.MONITORING_NAME) || context.isCallerInRole(Role.CHAIR_NAME);
        return new ReportView(year, iso, ReportStatus.SUBMITTED, last.getRevision(), r.getQuestionnaireNumber(),
                ReportingCalendar.dueOn(year), false, false, false, last.getSubmittedAt(), answers, List.of(),
                List.of(), revisions(r), r.getAssessment().orElse(null), reviewer ? comments(r) : List.of());
    }

    /**
     * A focal point changes one answer of its Participant's report (creating the report with the first answer).
     * {@code seenVersion} is the answer's version the editor saw: 0 for none; {@code null} is refused once the
     * answer exists (the change would overwrite what the editor never saw).
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public AnswerView answer(int year, String isoCode, String questionCode, JsonValue value, boolean kpOnly,
                             Long seenVersion) {
        return change(year, isoCode, questionCode, seenVersion, q -> {
            if (q.type() == QuestionType.FILE && !AnswerRules.isEmpty(value)) {
                throw new InvalidAnswerException("reporting.answer.error.shape");
            }
            return value;
        }, kpOnly);
    }

    /**
     * A focal point attaches a file (PDF, PNG or JPEG up to 10 MB, checked by its content) as the answer to a file
     * question; the answer names the kept document. Nothing is kept when the file or the change is refused.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public AnswerView attach(int year, String isoCode, String questionCode, String fileName, long size,
                             InputStream content, Long seenVersion) {
        return change(year, isoCode, questionCode, seenVersion, q -> {
            if (q.type() != QuestionType.FILE) {
                throw new InvalidAnswerException("reporting.answer.error.shape");
            }
            StoredDocument d = documents.store(fileName, size, content);
            return Json.createObjectBuilder().add("document", d.getToken()).add("name", d.getFileName())
                    .add("size", d.getSize()).build();
        }, null);
    }

    private AnswerView change(int year, String isoCode, String questionCode, Long seenVersion,
                              java.util.function.Function<Question, JsonValue> valueFor, Boolean kpOnly) {
        String iso = ownParticipant(isoCode);
        requireOwed(iso, year);
        if (!mayEdit(iso, year)) {
            throw new BusinessException("reporting.report.error.notOpen", year);
        }
        AnnualReport report = reports.ofForChange(iso, year).orElse(null);
        int number = report != null ? report.getQuestionnaireNumber() : versions.numberApplyingTo(year)
                .orElseThrow(() -> new NotFoundException("Questionnaire", String.valueOf(year)));
        Questionnaire content = versions.contentOf(number);
        Question q = content.question(questionCode)
                .orElseThrow(() -> new NotFoundException("Question", questionCode));
        if (report == null) {
            report = new AnnualReport(iso, year, number, clock.instant());
            AnnualReport created = report;
            earlier(iso, year).ifPresent(e -> created.carryOver(content, e, caller(), clock.instant()));
            reports.add(report);
        }
        if (seenVersion == null && report.find(q.code()).isPresent()) {
            throw new VersionRequiredException();
        }
        boolean kp = kpOnly != null ? kpOnly : report.find(q.code()).map(Answer::isKpOnly).orElse(false);
        long seen = seenVersion == null ? 0 : seenVersion;
        if (q.type() == QuestionType.FILE) {
            report.requireSeen(q.code(), seen); // before a file is kept
        }
        Answer a = report.answer(q, valueFor.apply(q), kp, seen, caller(), clock.instant());
        reports.flush();
        return AnswerView.of(a);
    }

    /** A focal point submits its Participant's report; refused, with what is missing, while incomplete. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public ReportView submit(int year, String isoCode) {
        String iso = ownParticipant(isoCode);
        requireOwed(iso, year);
        AnnualReport report = reports.ofForChange(iso, year)
                .orElseThrow(() -> new BusinessException("reporting.report.error.empty"));
        ReportRevision r = report.submit(versions.contentOf(report.getQuestionnaireNumber()), caller(),
                clock.instant());
        audit.fire(new Audited("REPORT_SUBMITTED", "AnnualReport", iso + "/" + year, "revision " + r.getRevision()));
        reports.flush();
        return report(year, iso);
    }

    /** The Secretariat reopens a submitted report at the Participant's request, with the reason. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void reopen(int year, String isoCode, String reason) {
        String iso = participant(isoCode).getIsoCode();
        AnnualReport report = reports.ofForChange(iso, year)
                .orElseThrow(() -> new NotFoundException("AnnualReport", iso + "/" + year));
        report.reopen(reason, clock.instant());
        audit.fire(new Audited("REPORT_REOPENED", "AnnualReport", iso + "/" + year, reason));
    }

    /**
     * The reports the caller's Participant owes: every year from the latest of the first reporting year, the
     * questionnaire's first year and its admission, up to the latest year open today, latest first; a year without
     * a stored report is not started.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public List<ReportSummary> ownReports() {
        Participant p = participant(callerAccount().getParticipantIso().orElseThrow(AccessDeniedException::new));
        LocalDate today = LocalDate.now(clock);
        int first = Math.max(ReportingDuty.firstYearOwed(p, settings.current().getFirstYear()),
                versions.all().stream().filter(QuestionnaireVersion::isAdopted)
                        .mapToInt(v -> v.getFirstYear().orElseThrow()).min().orElse(Integer.MAX_VALUE));
        int last = ReportingCalendar.latestOpenYear(today);
        var stored = reports.of(p.getIsoCode());
        return IntStream.rangeClosed(first, last).map(y -> last - (y - first)).mapToObj(year -> {
            Optional<AnnualReport> r = stored.stream().filter(x -> x.getYear() == year).findFirst();
            boolean submittedOnce = r.map(x -> !x.getRevisions().isEmpty()).orElse(false);
            return new ReportSummary(year, r.map(AnnualReport::getStatus).orElse(ReportStatus.NOT_STARTED),
                    r.map(x -> x.getRevisions().size()).orElse(0), ReportingCalendar.dueOn(year),
                    !submittedOnce && ReportingCalendar.isOverdue(year, today),
                    r.map(AnnualReport::getUpdatedAt).orElse(null));
        }).toList();
    }

    /**
     * The compliance dashboard for a year: every Participant that owes the report on it (admitted by the end of that
     * year, not removed), with where its report stands and how late it is; by name in the reader's language.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.CHAIR_NAME, Role.MONITORING_NAME})
    public List<ComplianceRow> compliance(int year, Language language) {
        questionnaire(year);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = ReportingCalendar.dueOn(year);
        Map<String, AnnualReport> filed = reports.onYear(year).stream()
                .collect(Collectors.toMap(AnnualReport::getParticipantIso, r -> r));
        int firstYear = settings.current().getFirstYear();
        return participants.all().stream()
                .filter(p -> ReportingDuty.owes(p, year, firstYear))
                .map(p -> {
                    AnnualReport r = filed.get(p.getIsoCode());
                    Optional<ReportRevision> first = r == null ? Optional.empty()
                            : r.getRevisions().stream().findFirst();
                    LocalDate submittedOn = first.map(x -> LocalDate.ofInstant(x.getSubmittedAt(), ZoneOffset.UTC))
                            .orElse(null);
                    LocalDate until = submittedOn != null ? submittedOn : today;
                    long late = until.isAfter(due) ? ChronoUnit.DAYS.between(due, until) : 0;
                    ReportStatus status = r == null ? ReportStatus.NOT_STARTED : r.getStatus();
                    return new ComplianceRow(p.getIsoCode(), names.name(p.getIsoCode(), language), status,
                            submittedOn == null && late > 0, late, r == null ? 0 : r.getRevisions().size(),
                            submittedOn, r == null ? null : r.getAssessment().orElse(null),
                            r == null ? null : r.getUpdatedAt());
                })
                .sorted(Comparator.comparing(ComplianceRow::name, java.text.Collator.getInstance(language.locale())))
                .toList();
    }

    /**
     * Every Participant's submitted answer to one question on a year (the last submission of each report, KP-only
     * answers included: the readers are the Scheme's own offices), by name in the reader's language.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.CHAIR_NAME, Role.MONITORING_NAME})
    public List<QuestionAnswerRow> answersTo(int year, String questionCode, Language language) {
        List<QuestionAnswerRow> rows = new ArrayList<>();
        for (AnnualReport r : reports.onYear(year)) {
            Optional<ReportRevision> last = r.lastRevision();
            Optional<Question> q = versions.contentOf(r.getQuestionnaireNumber()).question(questionCode);
            if (last.isEmpty() || q.isEmpty()) {
                continue;
            }
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(last.get().answers()))) {
                reader.readArray().stream().map(JsonValue::asJsonObject)
                        .filter(o -> o.getString("question").equals(questionCode)).findFirst()
                        .ifPresent(o -> rows.add(new QuestionAnswerRow(r.getParticipantIso(),
                                names.name(r.getParticipantIso(), language),
                                AnswerText.of(q.get(), o.get("value"), language), o.getBoolean("kpOnly"),
                                last.get().getRevision())));
            }
        }
        rows.sort(Comparator.comparing(QuestionAnswerRow::name, java.text.Collator.getInstance(language.locale())));
        return rows;
    }

    /**
     * The report as {@link #report} lets the caller read it, written out in a language: every question that applies
     * (by the answers' conditions), with its answer as text or none; KP-only answers only for those who may read them.
     */
    @PermitAll
    public PrintedReport printed(int year, String isoCode, Language language) {
        ReportView view = report(year, isoCode);
        Questionnaire q = versions.contentOf(view.questionnaire());
        Map<String, AnswerView> answers = new HashMap<>();
        view.answers().forEach(a -> answers.put(a.question(), a));
        java.util.function.Function<String, String> stored = code -> Optional.ofNullable(answers.get(code))
                .map(a -> a.value() instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(a.value()))
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
    @PermitAll
    public DocumentView answerFile(int year, String isoCode, String questionCode) {
        return report(year, isoCode).answers().stream().filter(a -> a.question().equals(questionCode))
                .map(AnswerView::value).filter(v -> v instanceof jakarta.json.JsonObject)
                .map(v -> ((jakarta.json.JsonObject) v).getString("document", null)).filter(java.util.Objects::nonNull)
                .findFirst().flatMap(documents::find).map(DocumentView::of)
                .orElseThrow(() -> new NotFoundException("Answer", year + "/" + isoCode + "/" + questionCode));
    }

    /**
     * A focal point gives a section of its Participant's report to one of the Participant's accounts (advisory:
     * anyone of them may still edit any section), or takes it back ({@code assignee} empty).
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public void assign(int year, String isoCode, String section, String assignee) {
        String iso = ownParticipant(isoCode);
        if (!mayEdit(iso, year)) {
            throw new BusinessException("reporting.report.error.notOpen", year);
        }
        Questionnaire q = reports.of(iso, year).map(r -> versions.contentOf(r.getQuestionnaireNumber()))
                .orElseGet(() -> questionnaire(year).content());
        if (q.sections().stream().noneMatch(s -> s.code().equals(section))) {
            throw new NotFoundException("Section", String.valueOf(section));
        }
        Optional<SectionAssignment> current = assignments.of(iso, year, section);
        Instant now = clock.instant();
        if (assignee == null || assignee.isBlank()) {
            current.ifPresent(assignments::remove);
        } else {
            UserAccount colleague = accounts.byUsername(assignee.strip())
                    .filter(a -> a.isEnabled() && a.getParticipantIso().filter(iso::equals).isPresent())
                    .orElseThrow(() -> new BusinessException("reporting.assign.error.colleague"));
            if (current.isPresent()) {
                current.get().reassign(colleague.getUsername(), caller(), now);
            } else {
                assignments.add(new SectionAssignment(iso, year, section, colleague.getUsername(), caller(), now));
            }
        }
        audit.fire(new Audited("REPORT_SECTION_ASSIGNED", "AnnualReport", iso + "/" + year,
                section + " → " + (assignee == null || assignee.isBlank() ? "-" : assignee.strip())));
    }

    /** Who has which section of a report: for the Participant's own accounts and the Secretariat. */
    @PermitAll
    public List<SectionAssignee> assignments(int year, String isoCode) {
        String iso = participant(isoCode).getIsoCode();
        if (!context.isCallerInRole(Role.SECRETARIAT_NAME) && !kpAccess.callerActsFor(iso)) {
            return List.of();
        }
        return assignments.of(iso, year).stream().map(a -> new SectionAssignee(a.getSection(), a.getAssignee(),
                accounts.byUsername(a.getAssignee()).map(UserAccount::getDisplayName).orElse(a.getAssignee()),
                a.getAssignedBy(), a.getAssignedAt())).sorted(Comparator.comparing(SectionAssignee::section)).toList();
    }

    /** The enabled accounts of the caller's Participant, to whom a section may be given. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public List<SectionAssignee> colleagues() {
        String iso = callerAccount().getParticipantIso().orElseThrow(AccessDeniedException::new);
        return accounts.actingFor(iso).stream().filter(UserAccount::isEnabled)
                .map(a -> new SectionAssignee(null, a.getUsername(), a.getDisplayName(), null, null)).toList();
    }

    /** The first year on which reports are due (a Participant admitted later owes them from its admission). */
    @PermitAll
    public int firstReportingYear() {
        return settings.current().getFirstYear();
    }

    /** The Secretariat sets the first reporting year: from 2003 to the latest year whose report is open. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void setFirstReportingYear(int year) {
        ReportingSettings current = settings.current();
        int before = current.getFirstYear();
        current.changeFirstYear(year, ReportingCalendar.latestOpenYear(LocalDate.now(clock)));
        if (before != year) {
            audit.fire(new Audited("FIRST_REPORTING_YEAR_SET", "Reporting", "first-year", before + " → " + year));
        }
    }

    /** The name of the account that saved an answer (its username where the account is gone). */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public String displayName(String username) {
        return accounts.byUsername(username).map(UserAccount::getDisplayName).orElse(username);
    }

    /** The ISO code of the state the caller's account acts for, if any. */
    @PermitAll
    public Optional<String> callerParticipant() {
        return Optional.ofNullable(context.getCallerPrincipal()).map(Principal::getName)
                .flatMap(accounts::byUsername).flatMap(UserAccount::getParticipantIso);
    }

    private boolean mayEdit(String iso, int year) {
        return kpAccess.callerActsFor(iso) && context.isCallerInRole(Role.FOCAL_POINT_NAME)
                && ReportingCalendar.isOpen(year, LocalDate.now(clock)) && versions.numberApplyingTo(year).isPresent()
                && owes(iso, year);
    }

    /**
     * Whether the Participant owes the report on a year: from the later of the first reporting year and its
     * admission (as the list of its reports shows them).
     */
    private boolean owes(String iso, int year) {
        return ReportingDuty.owes(participant(iso), year, settings.current().getFirstYear());
    }

    /** Refuses a change to a report the Participant does not owe (a year before its first, say). */
    private void requireOwed(String iso, int year) {
        if (!owes(iso, year)) {
            throw new BusinessException("reporting.report.error.notOwed", year,
                    ReportingDuty.firstYearOwed(participant(iso), settings.current().getFirstYear()));
        }
    }

    private QuestionnaireVersion questionnaire(int year) {
        return versions.applyingTo(year).orElseThrow(() -> new NotFoundException("Questionnaire", String.valueOf(year)));
    }

    private static List<ReportView.CommentView> comments(AnnualReport r) {
        return r.getComments().stream().map(c -> new ReportView.CommentView(c.getQuestionCode(), c.getSide(),
                c.getText(), c.getCreatedAt())).toList();
    }

    /** The last submission of the Participant's latest earlier report, whose Part A a new report carries over. */
    private Optional<ReportRevision> earlier(String iso, int year) {
        return reports.of(iso).stream().filter(r -> r.getYear() < year).map(AnnualReport::lastRevision)
                .flatMap(Optional::stream).findFirst();
    }

    /** The submissions, each with the questions whose answer it changed from the one before. */
    private List<ReportView.RevisionView> revisions(AnnualReport r) {
        List<ReportView.RevisionView> views = new ArrayList<>();
        String before = "[]";
        for (ReportRevision x : r.getRevisions()) {
            views.add(new ReportView.RevisionView(x.getRevision(), x.getSubmittedAt(), x.getReopenReason().orElse(null),
                    x.getRevision() == 1 ? List.of() : RevisionDifferences.changed(before, x.answers())));
            before = x.answers();
        }
        return views;
    }

    private Participant participant(String isoCode) {
        return participants.require(isoCode == null ? "" : isoCode.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The caller's own Participant, which must be the one named; another's is refused. */
    private String ownParticipant(String isoCode) {
        String iso = participant(isoCode).getIsoCode();
        if (!kpAccess.callerActsFor(iso)) {
            throw new AccessDeniedException();
        }
        return iso;
    }

    private UserAccount callerAccount() {
        return accounts.byUsername(caller()).orElseThrow(AccessDeniedException::new);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
