package org.kimberleyprocess.portal.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionType;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersions;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReports;
import org.kimberleyprocess.portal.reporting.domain.report.Answer;
import org.kimberleyprocess.portal.reporting.domain.report.AnswerRules;
import org.kimberleyprocess.portal.reporting.domain.report.InvalidAnswerException;
import org.kimberleyprocess.portal.reporting.domain.report.ReportRevision;
import org.kimberleyprocess.portal.reporting.domain.report.ReportStatus;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingCalendar;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingDuty;
import org.kimberleyprocess.portal.reporting.domain.report.SectionAssignment;
import org.kimberleyprocess.portal.reporting.domain.report.SectionAssignments;

/**
 * Filing the annual report, the focal points' work: they answer question by question (each answer against the
 * version its editor saw), share the sections out among their colleagues, and submit when complete.
 */
@Stateless
@RolesAllowed(Role.FOCAL_POINT_NAME)
public class ReportFiling {

    @Inject
    private Caller caller;

    @Inject
    private ReportAccess access;

    @Inject
    private ReportReading reading;

    @Inject
    private AnnualReports reports;

    @Inject
    private QuestionnaireVersions versions;

    @Inject
    private UserAccounts accounts;

    @Inject
    private SectionAssignments assignments;

    @Inject
    private DocumentStore documents;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /**
     * A focal point changes one answer of its Participant's report (creating the report with the first answer).
     * {@code seenVersion} is the answer's version the editor saw: 0 for none; {@code null} is refused once the
     * answer exists (the change would overwrite what the editor never saw).
     */
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
                              Function<Question, JsonValue> valueFor, Boolean kpOnly) {
        String iso = access.own(isoCode);
        access.requireOwed(iso, year);
        access.requireEditable(iso, year);
        AnnualReport report = reports.ofForChange(iso, year).orElse(null);
        int number = report != null ? report.getQuestionnaireNumber() : versions.numberApplyingTo(year)
                .orElseThrow(() -> new NotFoundException("Questionnaire", String.valueOf(year)));
        Questionnaire content = versions.contentOf(number);
        Question q = content.question(questionCode)
                .orElseThrow(() -> new NotFoundException("Question", questionCode));
        if (report == null) {
            report = new AnnualReport(iso, year, number, clock.instant());
            AnnualReport created = report;
            access.earlier(iso, year).ifPresent(e -> created.carryOver(content, e, caller.name(), clock.instant()));
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
        Answer a = report.answer(q, valueFor.apply(q), kp, seen, caller.name(), clock.instant());
        reports.flush();
        return AnswerView.of(a);
    }

    /** A focal point submits its Participant's report; refused, with what is missing, while incomplete. */
    public ReportView submit(int year, String isoCode) {
        String iso = access.own(isoCode);
        access.requireOwed(iso, year);
        AnnualReport report = reports.ofForChange(iso, year)
                .orElseThrow(() -> new BusinessException("reporting.report.error.empty"));
        ReportRevision r = report.submit(versions.contentOf(report.getQuestionnaireNumber()), caller.name(),
                clock.instant());
        audit.fire(new Audited("REPORT_SUBMITTED", "AnnualReport", iso + "/" + year, "revision " + r.getRevision()));
        reports.flush();
        return reading.report(year, iso);
    }

    /**
     * The reports the caller's Participant owes: every year from the latest of the first reporting year, the
     * questionnaire's first year and its admission, up to the latest year open today, latest first; a year without
     * a stored report is not started.
     */
    public List<ReportSummary> ownReports() {
        Participant p = access.participant(caller.ownParticipant());
        LocalDate today = LocalDate.now(clock);
        int first = Math.max(ReportingDuty.firstYearOwed(p, access.firstYear()),
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
     * A focal point gives a section of its Participant's report to one of the Participant's accounts (advisory:
     * anyone of them may still edit any section), or takes it back ({@code assignee} empty).
     */
    public void assign(int year, String isoCode, String section, String assignee) {
        String iso = access.own(isoCode);
        access.requireEditable(iso, year);
        Questionnaire q = reports.of(iso, year).map(r -> versions.contentOf(r.getQuestionnaireNumber()))
                .orElseGet(() -> access.questionnaire(year).content());
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
                current.get().reassign(colleague.getUsername(), caller.name(), now);
            } else {
                assignments.add(new SectionAssignment(iso, year, section, colleague.getUsername(), caller.name(), now));
            }
        }
        audit.fire(new Audited("REPORT_SECTION_ASSIGNED", "AnnualReport", iso + "/" + year,
                section + " → " + (assignee == null || assignee.isBlank() ? "-" : assignee.strip())));
    }

    /** The enabled accounts of the caller's Participant, to whom a section may be given. */
    public List<SectionAssignee> colleagues() {
        String iso = caller.ownParticipant();
        return accounts.actingFor(iso).stream().filter(UserAccount::isEnabled)
                .map(a -> new SectionAssignee(null, a.getUsername(), a.getDisplayName(), null, null)).toList();
    }

    /** The name of the account that saved an answer (its username where the account is gone). */
    public String displayName(String username) {
        return accounts.byUsername(username).map(UserAccount::getDisplayName).orElse(username);
    }
}
