package org.kimberleyprocess.portal.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.kimberleyprocess.portal.accounts.domain.RequestedAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.membership.domain.Contact;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;
import org.kimberleyprocess.portal.membership.domain.MembershipApplications;
import org.kimberleyprocess.portal.membership.domain.Registration;
import org.kimberleyprocess.portal.membership.domain.Registrations;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.platform.demo.DemoDocuments;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.files.StoredFiles;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * Demonstration data that shows the membership procedure at work on first start: a sign-up awaiting the
 * Secretariat, an application submitted, one under assessment with a question to the applicant, and one
 * recommended for admission awaiting the Chair. Applicant states of 2003 other than Ghana and Mexico (whose
 * demonstration accounts stay free to apply); dates count back from the first start.
 */
@ApplicationScoped
public class DemoProcedures implements DemoData {

    @Inject
    private Registrations registrations;

    @Inject
    private UserAccounts accounts;

    @Inject
    private StoredFiles files;

    @Inject
    private MembershipApplications applications;

    @Inject
    private Participants participants;

    /** After the registry's states. */
    @Override
    public int order() {
        return 30;
    }

    @Override
    public String load(Instant now, String passwordHash) {
        signUpAwaitingConfirmation(passwordHash, now);
        submitted(participants.require("PH"), passwordHash, now);
        informationRequested(participants.require("BF"), passwordHash, now);
        recommended(participants.require("CY"), passwordHash, now);
        return "a sign-up awaiting confirmation and three applications in the procedure";
    }

    /** Tunisia's representative has followed the email link; the Secretariat has yet to confirm. */
    private void signUpAwaitingConfirmation(String passwordHash, Instant now) {
        Instant signedUp = now.minus(Duration.ofDays(2));
        String token = UUID.randomUUID().toString();
        Registration r = new Registration(RequestedAccount.hashed("applicant.tn", "Leïla Ben Salem",
                "leila.bensalem@example.tn", passwordHash, Language.FR), "TN", token, signedUp);
        r.verify(token, signedUp.plus(Duration.ofHours(1)));
        registrations.add(r);
    }

    /** The Philippines filed in English; nobody has started the assessment. */
    private void submitted(Participant state, String passwordHash, Instant now) {
        Instant start = now.minus(Duration.ofDays(12));
        String by = account("applicant.ph", "Maria Santos", state, passwordHash, start);
        MembershipApplication a = file(reference(now), state, by, start,
                new Contact("Maria Santos", "Director", "Department of Environment and Natural Resources",
                        "maria.santos@example.ph", "+63 2 8920 0001"),
                new Contact("Jose Reyes", "Chief, Mines Regulation", "Mines and Geosciences Bureau",
                        "jose.reyes@example.ph", "+63 2 8920 0002"),
                "Bureau of Customs", "Mines and Geosciences Bureau",
                "Executive Order on the Kimberley Process Certification Scheme", LocalDate.of(2003, 9, 15),
                "Monthly customs returns, compiled quarterly by the Mines and Geosciences Bureau");
        a.submit(by, now.minus(Duration.ofDays(3)));
        applications.add(a);
    }

    /** Burkina Faso filed in French; the Committee asked a question that is still open. */
    private void informationRequested(Participant state, String passwordHash, Instant now) {
        Instant start = now.minus(Duration.ofDays(40));
        String by = account("applicant.bf", "Aminata Ouédraogo", state, passwordHash, start);
        MembershipApplication a = file(reference(now), state, by, start,
                new Contact("Aminata Ouédraogo", "Directrice générale", "Ministère des Mines et de l’Énergie",
                        "aminata.ouedraogo@example.bf", "+226 25 30 00 01"),
                new Contact("Issouf Compaoré", "Chef de service", "Direction générale des Douanes",
                        "issouf.compaore@example.bf", "+226 25 30 00 02"),
                "Direction générale des Douanes", "Bureau des mines et de la géologie du Burkina (BUMIGEB)",
                "Loi portant code minier du Burkina Faso", LocalDate.of(2003, 5, 8),
                "Relevés douaniers mensuels, consolidés chaque trimestre par la Direction des statistiques");
        a.submit(by, now.minus(Duration.ofDays(30)));
        a.startAssessment("committee", now.minus(Duration.ofDays(25)));
        a.addCommitteeNote("Le code minier couvre l’exportation ; les contrôles à l’importation restent à préciser.",
                "committee", now.minus(Duration.ofDays(21)));
        a.requestInformation("Please send the customs regulation that applies the KP certificate to imports, with"
                + " its date of entry into force.", "committee", now.minus(Duration.ofDays(20)));
        applications.add(a);
    }

    /** Cyprus's file has been assessed and recommended; the Chair has yet to record the decision. */
    private void recommended(Participant state, String passwordHash, Instant now) {
        Instant start = now.minus(Duration.ofDays(75));
        String by = account("applicant.cy", "Eleni Georgiou", state, passwordHash, start);
        MembershipApplication a = file(reference(now), state, by, start,
                new Contact("Eleni Georgiou", "Senior Trade Officer", "Ministry of Commerce, Industry and Tourism",
                        "eleni.georgiou@example.cy", "+357 22 86 71 00"),
                new Contact("Andreas Christodoulou", "Customs Officer", "Department of Customs and Excise",
                        "andreas.christodoulou@example.cy", "+357 22 60 19 00"),
                "Department of Customs and Excise", "Ministry of Commerce, Industry and Tourism",
                "Regulation on the import and export of rough diamonds", LocalDate.of(2003, 12, 19),
                "Customs declarations, compiled each quarter by the Statistical Service (CYSTAT)");
        a.submit(by, now.minus(Duration.ofDays(60)));
        a.startAssessment("committee", now.minus(Duration.ofDays(55)));
        a.addCommitteeNote("Legislation and certificate meet the minimum requirements.", "committee",
                now.minus(Duration.ofDays(40)));
        a.recommend(true, "Meets the minimum requirements of Section IV; admission recommended.", "committee",
                now.minus(Duration.ofDays(30)));
        applications.add(a);
    }

    private MembershipApplication file(String reference, Participant state, String by, Instant start,
                                       Contact focal, Contact alternate, String importing, String exporting,
                                       String law, LocalDate adopted, String statistics) {
        MembershipApplication a = new MembershipApplication(reference, state, by, start);
        a.updateFocalPoint(focal);
        a.updateAlternate(alternate);
        a.updateAuthorities(importing, exporting);
        a.addLegislation(law, adopted, null, document(law + ".pdf", DemoDocuments.pdf(law), by));
        a.attachCertificateSpecimen(document("certificate-specimen.png", DemoDocuments.png(), by));
        a.updateStatisticsArrangements(statistics);
        a.declare(true, by, start.plus(Duration.ofDays(2)));
        return a;
    }

    private String account(String username, String name, Participant state, String passwordHash, Instant at) {
        UserAccount account = new UserAccount(username, name, username + "@demo.invalid", passwordHash, at);
        account.actForParticipant(state.getIsoCode());
        account.grant(Role.APPLICANT);
        accounts.add(account);
        return username;
    }

    private String reference(Instant now) {
        return applications.nextReference(LocalDate.ofInstant(now, ZoneOffset.UTC).getYear());
    }

    private StoredDocument document(String name, byte[] content, String by) {
        return files.keep(name, content.length, new ByteArrayInputStream(content), by);
    }
}
