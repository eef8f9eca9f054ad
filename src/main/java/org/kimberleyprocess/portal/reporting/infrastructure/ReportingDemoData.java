package org.kimberleyprocess.portal.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.platform.demo.DemoDocuments;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.files.StoredFiles;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.reporting.application.StandardQuestionnaire;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Question;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.Questionnaire;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireJson;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersions;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReports;
import org.kimberleyprocess.portal.reporting.domain.report.Assessment;
import org.kimberleyprocess.portal.reporting.domain.report.CommentSide;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingCalendar;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingSettingsStore;
import org.kimberleyprocess.portal.reporting.domain.report.SectionAssignment;
import org.kimberleyprocess.portal.reporting.domain.report.SectionAssignments;

/**
 * The standard questionnaire, adopted for the reports from 2004 on; focal points for South Africa, Canada and the
 * Russian Federation; Botswana's and South Africa's reports on 2024 submitted (South Africa's assessed after an
 * exchange of comments with the Working Group on Monitoring); reports on 2025 in progress for
 * Botswana (in English), Canada (in French) and the Russian Federation (in Russian); every other report not started.
 */
@ApplicationScoped
public class ReportingDemoData implements DemoData {

    static final String DECISION = "Plenary, Gatineau, 2004 (demonstration)";

    /** Answers to the long-text questions, by language; {0} is the state. */
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("I.A.2", "A national Kimberley Process committee chaired by the ministry of mines meets every"
                    + " quarter with customs, the police and the trade ministry; urgent matters go to its secretary."),
            Map.entry("I.A.3", "Six officers in the Diamond Office and two customs officers at each exit point;"
                    + " new officers follow a two-week course on certificates and valuation."),
            Map.entry("I.A.5", "Fines of up to 100,000 US dollars and imprisonment of up to ten years; diamonds"
                    + " traded in breach of the Act are forfeited."),
            Map.entry("II.A.1", "The Diamond Office issues certificates to licensed exporters after it has inspected,"
                    + " weighed and valued the parcel and sealed it in a tamper-resistant container."),
            Map.entry("II.A.3", "An inspector checks the licence, the invoice and the weight against the parcel, seals"
                    + " the container and signs the certificate, which customs checks again at the exit point."),
            Map.entry("III.A.1", "Every export leaves through one exit point with a validated certificate in a sealed"
                    + " container; customs records the certificate number and the seal."),
            Map.entry("III.A.2", "Customs opens no container without the importer; it checks the seal and the"
                    + " certificate and returns the confirmation of receipt to the exporting authority."),
            Map.entry("III.A.3", "The customs system refuses any declaration whose origin or destination is not a"
                    + " Participant on the Kimberley Process list."),
            Map.entry("III.B.3", "No case of fraud was detected during the year."),
            Map.entry("IV.A.3", "Licences are granted for one year by the ministry of mines after police vetting and"
                    + " renewed only when the register of transactions has been inspected."),
            Map.entry("IV.A.4", "Mines, buyers and exporters keep a register of every transaction (date, weight,"
                    + " value, counterpart) for five years, open to inspectors."),
            Map.entry("IV.A.5", "Diggers hold permits for declared plots and sell only to licensed buyers, whose"
                    + " purchases are reported monthly."),
            Map.entry("IV.A.6", "Members of the industry issue the system of warranties on invoices; the Diamond"
                    + " Office checks the warranties at each inspection."),
            Map.entry("IV.B.1", "No change in internal controls during the year."),
            Map.entry("IV.B.3", "Forty inspections of licence holders; two warnings issued."),
            Map.entry("V.A.1", "Statistics are sent to the Working Group on Statistics each quarter and requests from"
                    + " other Participants are answered within two weeks."),
            Map.entry("V.A.2", "Customs exchange information with neighbouring states under regional agreements."),
            Map.entry("V.B.4", "No change during the year."),
            Map.entry("VI.A.1", "The Diamond Office compiles production from the mines’ monthly returns and trade from"
                    + " the certificates it issues and receives."),
            Map.entry("VI.A.2", "Trade figures are reconciled with customs declarations before they are sent."),
            Map.entry("VI.B.3", "No correction was needed."));

    private static final Map<String, String> FR = Map.of(
            "I.A.2", "Un comité national du Processus de Kimberley réunit chaque trimestre les douanes, la police et"
                    + " le ministère du commerce sous la présidence du ministère des ressources naturelles.",
            "II.A.1", "Le Bureau des diamants délivre les certificats aux exportateurs titulaires d’une licence,"
                    + " après inspection, pesée et évaluation du colis.");

    private static final Map<String, String> RU = Map.of(
            "I.A.2", "Межведомственная комиссия по Кимберлийскому процессу под председательством Министерства финансов"
                    + " ежеквартально координирует работу таможни, Гохрана и правоохранительных органов.",
            "II.A.1", "Сертификаты выдаёт Гохран России экспортёрам, внесённым в реестр, после экспертизы и оценки"
                    + " партии необработанных алмазов.",
            "III.A.1", "Каждая экспортная партия оформляется с заверенным сертификатом в опечатанном контейнере;"
                    + " таможня сверяет номер сертификата и пломбу.");

    @Inject
    private QuestionnaireVersions versions;

    @Inject
    private ReportingSettingsStore settings;

    @Inject
    private SectionAssignments assignments;

    /** Reports are due in demo mode from 2024: the reports on 2024 and 2025 show every state of a report. */
    static final int FIRST_REPORTING_YEAR = 2024;

    @Inject
    private AnnualReports reports;

    @Inject
    private Participants participants;

    @Inject
    private UserAccounts accounts;

    @Inject
    private StoredFiles files;

    /** After the registry (its states and focal points) and the committees. */
    @Override
    public int order() {
        return 40;
    }

    @Override
    public String load(Instant now, String passwordHash) {
        QuestionnaireVersion v = new QuestionnaireVersion(versions.nextNumber(),
                QuestionnaireJson.read(StandardQuestionnaire.json()), now);
        v.adopt(DECISION, LocalDate.of(2004, 10, 29), 2004);
        versions.add(v);
        settings.current().changeFirstYear(FIRST_REPORTING_YEAR,
                ReportingCalendar.latestOpenYear(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)));
        focalPoint("focal.za", "South Africa focal point", "ZA", Language.EN, passwordHash, now);
        focalPoint("focal.ca", "Point focal du Canada", "CA", Language.FR, passwordHash, now);
        focalPoint("focal.ru", "Координатор Российской Федерации", "RU", Language.RU, passwordHash, now);
        focalPoint("analyst.ru", "Аналитик Гохрана", "RU", Language.RU, passwordHash, now);
        Questionnaire q = v.content();
        Instant filed = Instant.parse("2025-03-20T10:00:00Z");
        AnnualReport bw = submitted(q, v.getNumber(), "BW", "focal.bw", filed);
        AnnualReport za = submitted(q, v.getNumber(), "ZA", "focal.za", filed.plusSeconds(86_400 * 5));
        za.comment(q.question("II.B.1").orElseThrow(), CommentSide.WORKING_GROUP, "monitoring",
                "The number of certificates issued is 15% above the exports reported in the statistics for 2024;"
                        + " please explain the difference.", filed.plusSeconds(86_400 * 40));
        za.comment(q.question("II.B.1").orElseThrow(), CommentSide.PARTICIPANT, "focal.za",
                "Some certificates covered re-exports of imported parcels, which the statistics record as imports"
                        + " first; the figures reconcile once these are counted.", filed.plusSeconds(86_400 * 47));
        za.assess(Assessment.ASSESSED);
        inProgress(q, v.getNumber(), "BW", "focal.bw", EN, now, bw);
        inProgress(q, v.getNumber(), "CA", "focal.ca", FR, now, null);
        inProgress(q, v.getNumber(), "RU", "focal.ru", RU, now, null);
        assignments.add(new SectionAssignment("RU", 2025, "II", "analyst.ru", "focal.ru", now.minusSeconds(86_400)));
        assignments.add(new SectionAssignment("RU", 2025, "III", "analyst.ru", "focal.ru", now.minusSeconds(86_400)));
        return "the standard questionnaire (adopted for the reports from 2004), the 2024 reports of Botswana and"
                + " South Africa, the 2025 reports of Botswana, Canada and the Russian Federation in progress (two"
                + " sections of the Russian one given to a colleague)";
    }

    private void focalPoint(String username, String name, String iso, Language language, String passwordHash,
                            Instant now) {
        UserAccount account = new UserAccount(username, name, username + "@demo.invalid", passwordHash, now);
        account.preferLanguage(language);
        account.actForParticipant(participants.require(iso).getIsoCode());
        account.grant(Role.FOCAL_POINT);
        accounts.add(account);
    }

    /** A complete report on 2024, submitted. */
    private AnnualReport submitted(Questionnaire q, int version, String iso, String by, Instant at) {
        AnnualReport r = new AnnualReport(iso, 2024, version, at.minusSeconds(86_400 * 20));
        for (Question question : q.questions()) {
            JsonValue value = value(question, iso, by, EN);
            if (value != null && q.applies(question, code -> plain(r, code))) {
                r.answer(question, value, question.code().equals("IV.B.3"), 0, by, at.minusSeconds(86_400));
            }
        }
        r.submit(q, by, at);
        reports.add(r);
        return r;
    }

    /** A report on 2025 with its first answers. */
    /** A report on 2025 with its first answers (Part A carried over from the last report, where there is one). */
    private void inProgress(Questionnaire q, int version, String iso, String by, Map<String, String> texts,
                            Instant now, AnnualReport earlier) {
        AnnualReport r = new AnnualReport(iso, 2025, version, now.minusSeconds(86_400 * 3));
        if (earlier != null) {
            r.carryOver(q, earlier.lastRevision().orElseThrow(), by, now.minusSeconds(86_400 * 3));
            reports.add(r);
            return;
        }
        texts.forEach((code, text) -> r.answer(q.question(code).orElseThrow(), Json.createValue(text), false, 0, by,
                now.minusSeconds(86_400)));
        r.answer(q.question("IV.A.1").orElseThrow(), Json.createValue("YES"), false, 0, by, now.minusSeconds(3600));
        reports.add(r);
    }

    private static String plain(AnnualReport r, String code) {
        return r.find(code).flatMap(a -> a.plain()).orElse(null);
    }

    private JsonValue value(Question question, String iso, String by, Map<String, String> texts) {
        String code = question.code();
        return switch (question.type()) {
            case LONG_TEXT -> texts.containsKey(code) ? Json.createValue(texts.get(code)) : null;
            case YES_NO -> Json.createValue(switch (code) {
                case "IV.A.1", "VI.B.1" -> "YES";
                case "III.B.1" -> "ZA".equals(iso) ? "YES" : "NO";
                default -> "NO";
            });
            case SINGLE_CHOICE -> Json.createValue(question.options().get(question.options().size() - 1).code());
            case MULTIPLE_CHOICE -> Json.createArrayBuilder().add(question.options().get(0).code())
                    .add(question.options().get(1).code()).build();
            case NUMBER -> Json.createValue("II.B.1".equals(code) ? ("ZA".equals(iso) ? 1480 : 612) : 0);
            case DATE -> Json.createValue("2025-02-14");
            case TABLE -> table(question, iso);
            case FILE -> {
                byte[] pdf = DemoDocuments.pdf("Kimberley Process certificate specimen " + iso);
                StoredDocument d = files.keep("certificate-specimen-" + iso + ".pdf", pdf.length,
                        new ByteArrayInputStream(pdf), by);
                yield Json.createObjectBuilder().add("document", d.getToken()).add("name", d.getFileName())
                        .add("size", d.getSize()).build();
            }
        };
    }

    private static JsonValue table(Question question, String iso) {
        var row = Json.createObjectBuilder();
        for (var column : question.columns()) {
            switch (column.type()) {
                case DATE -> row.add(column.code(), "2024-06-03");
                case NUMBER -> row.add(column.code(), 1);
                case YES_NO -> row.add(column.code(), "YES");
                default -> row.add(column.code(), switch (question.code()) {
                    case "I.A.1" -> "ZA".equals(iso) ? "South African Diamond and Precious Metals Regulator"
                            : "Diamond Office, Ministry of Minerals";
                    case "I.A.4" -> "ZA".equals(iso) ? "Diamonds Act 56 of 1986, as amended" : "Diamond Cutting Act";
                    default -> "Parcel of 312 carats held at the exit point; released after checks";
                });
            }
        }
        return Json.createArrayBuilder().add(row).build();
    }
}
