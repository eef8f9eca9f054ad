package org.kimberleyprocess.portal.membership.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.kimberleyprocess.portal.membership.domain.Contact;
import org.kimberleyprocess.portal.membership.domain.Legislation;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;
import org.kimberleyprocess.portal.membership.domain.MembershipApplications;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * The applicant's side of membership: its state's application, filled in step by step, submitted, completed when
 * the Committee asks, or withdrawn. An applicant reads and changes only its own state's application.
 */
@Stateless
@RolesAllowed(Role.APPLICANT_NAME)
public class ApplicantMembership {

    @Inject
    private Caller caller;

    @Inject
    private ApplicationFiles files;

    @Inject
    private MembershipApplications applications;

    @Inject
    private DocumentStore documents;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /** The caller's state's application that is still open, or else its latest one (without internal notes). */
    public Optional<ApplicationView> myApplication() {
        return files.latestOfCaller().map(a -> ApplicationView.of(a, false));
    }

    /** Opens the caller's state's application (or finds the one already open); returns its reference. */
    public String openApplication() {
        Optional<MembershipApplication> existing = files.latestOfCaller().filter(a -> !a.getStatus().closed());
        if (existing.isPresent()) {
            return existing.get().getReference();
        }
        Participant state = files.callerState();
        if (state.getStatus() != ParticipationStatus.APPLICANT) {
            throw new BusinessException("membership.error.notAnApplicant");
        }
        int year = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
        MembershipApplication application = new MembershipApplication(applications.nextReference(year), state,
                caller.name(), clock.instant());
        applications.add(application);
        audit.fire(new Audited("APPLICATION_OPENED", "MembershipApplication", application.getReference(),
                state.getIsoCode()));
        return application.getReference();
    }

    public void saveContacts(String reference, ApplicationView.Person focalPoint, ApplicationView.Person alternate) {
        MembershipApplication a = files.own(reference);
        a.updateFocalPoint(contact(focalPoint));
        a.updateAlternate(contact(alternate));
        files.changed(a, "contacts");
    }

    public void saveAuthorities(String reference, String importing, String exporting) {
        MembershipApplication a = files.own(reference);
        a.updateAuthorities(importing, exporting);
        files.changed(a, "authorities");
    }

    public void addLegislation(String reference, String title, LocalDate adoptedOn, String legalReference,
                               String fileName, long size, InputStream content) {
        MembershipApplication a = files.own(reference);
        Legislation.checkFields(title, legalReference);
        if (adoptedOn == null) {
            throw new BusinessException("membership.legislation.error.date");
        }
        if (content == null) {
            throw new BusinessException("membership.legislation.error.file");
        }
        a.requireEditable(); // before the file is stored
        StoredDocument text = documents.store(fileName, size, content);
        a.addLegislation(title, adoptedOn, legalReference, text);
        files.changed(a, "legislation added: " + title.strip());
    }

    public void removeLegislation(String reference, Long legislationId) {
        MembershipApplication a = files.own(reference);
        a.removeLegislation(legislationId).ifPresent(documents::discard);
        files.changed(a, "legislation removed");
    }

    public void attachCertificateSpecimen(String reference, String fileName, long size, InputStream content) {
        MembershipApplication a = files.own(reference);
        a.requireEditable(); // before the file is stored
        a.attachCertificateSpecimen(documents.store(fileName, size, content)).ifPresent(documents::discard);
        files.changed(a, "certificate specimen");
    }

    public void saveStatisticsArrangements(String reference, String text) {
        MembershipApplication a = files.own(reference);
        a.updateStatisticsArrangements(text);
        files.changed(a, "statistics arrangements");
    }

    public void saveDeclaration(String reference, boolean committed) {
        MembershipApplication a = files.own(reference);
        a.declare(committed, caller.name(), clock.instant());
        files.changed(a, committed ? "declaration made" : "declaration withdrawn");
    }

    public void submit(String reference) {
        MembershipApplication a = files.own(reference);
        a.submit(caller.name(), clock.instant());
        files.moved(a, null);
    }

    public void answerInformationRequest(String reference, String answer) {
        MembershipApplication a = files.own(reference);
        a.answerInformation(answer, caller.name(), clock.instant());
        files.moved(a, answer);
    }

    public void withdraw(String reference, String reason) {
        MembershipApplication a = files.own(reference);
        a.withdraw(reason, caller.name(), clock.instant());
        files.moved(a, reason);
    }

    private static Contact contact(ApplicationView.Person p) {
        return new Contact(p.name(), p.title(), p.ministry(), p.email(), p.phone());
    }
}
