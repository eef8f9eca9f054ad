package org.kimberleyprocess.portal.membership.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;
import org.kimberleyprocess.portal.membership.domain.Contact;
import org.kimberleyprocess.portal.membership.domain.DecisionKind;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;
import org.kimberleyprocess.portal.membership.domain.MembershipApplications;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.decisions.AdoptedDecisions;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.platform.files.StoredDocument;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.security.UserAccount;
import org.kimberleyprocess.portal.platform.security.UserAccounts;
import org.kimberleyprocess.portal.platform.validation.CommandCheck;
import org.kimberleyprocess.portal.registry.domain.ContactEntry;
import org.kimberleyprocess.portal.registry.domain.ContactRole;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipantContact;
import org.kimberleyprocess.portal.registry.domain.ParticipantStatusChanged;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.registry.domain.PortalReason;

/**
 * Membership applications. An applicant reads and changes only its own state's application; the Participation
 * Committee assesses and recommends; the Chair records the decision; the Secretariat follows every file.
 * Each step is audited and the applicant's focal point is told of each change of status.
 */
@Stateless
public class MembershipService {

    static final String[] READERS = {Role.PARTICIPATION_COMMITTEE_NAME, Role.CHAIR_NAME, Role.SECRETARIAT_NAME};

    @Inject
    private AdoptedDecisions adoptedDecisions;

    @Inject
    private MembershipApplications applications;

    @Inject
    private Event<ParticipantStatusChanged> statusChanged;

    @Inject
    private org.kimberleyprocess.portal.registry.domain.ParticipantContacts contacts;

    @Inject
    private UserAccounts accounts;

    @Inject
    private Participants participants;

    @Inject
    private CommandCheck check;

    @Inject
    private Clock clock;

    @Inject
    private DocumentStore documents;

    @Inject
    private Event<Audited> audit;

    @Inject
    private Event<ApplicationMoved> moved;

    @Resource
    private SessionContext context;

    // ---- the applicant -------------------------------------------------------------------------------

    /** The caller's state's application that is still open, or else its latest one (without internal notes). */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Optional<ApplicationView> myApplication() {
        return latestOfCaller().map(a -> ApplicationView.of(a, false));
    }

    private Optional<MembershipApplication> latestOfCaller() {
        Participant state = callerState();
        return applications.of(state).stream()
                .sorted((a, b) -> Boolean.compare(a.getStatus().closed(), b.getStatus().closed()))
                .findFirst();
    }

    /** Opens the caller's state's application (or finds the one already open); returns its reference. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public String openApplication() {
        Optional<MembershipApplication> existing = latestOfCaller().filter(a -> !a.getStatus().closed());
        if (existing.isPresent()) {
            return existing.get().getReference();
        }
        Participant state = callerState();
        if (state.getStatus() != ParticipationStatus.APPLICANT) {
            throw new BusinessException("membership.error.notAnApplicant");
        }
        int year = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
        MembershipApplication application = new MembershipApplication(applications.nextReference(year), state,
                caller(), clock.instant());
        applications.add(application);
        audit.fire(new Audited("APPLICATION_OPENED", "MembershipApplication", application.getReference(),
                state.getIsoCode()));
        return application.getReference();
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void saveContacts(String reference, Contact focalPoint, Contact alternate) {
        MembershipApplication a = own(reference);
        a.updateFocalPoint(focalPoint);
        a.updateAlternate(alternate);
        changed(a, "contacts");
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void saveAuthorities(String reference, String importing, String exporting) {
        MembershipApplication a = own(reference);
        a.updateAuthorities(importing, exporting);
        changed(a, "authorities");
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void addLegislation(String reference, String title, LocalDate adoptedOn, String legalReference,
                               String fileName, long size, InputStream content) {
        MembershipApplication a = own(reference);
        org.kimberleyprocess.portal.membership.domain.Legislation.checkFields(title, legalReference);
        if (adoptedOn == null) {
            throw new BusinessException("membership.legislation.error.date");
        }
        if (content == null) {
            throw new BusinessException("membership.legislation.error.file");
        }
        a.requireEditable(); // before the file is stored
        StoredDocument text = documents.store(fileName, size, content);
        a.addLegislation(title, adoptedOn, legalReference, text);
        changed(a, "legislation added: " + title.strip());
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void removeLegislation(String reference, Long legislationId) {
        MembershipApplication a = own(reference);
        a.removeLegislation(legislationId).ifPresent(documents::discard);
        changed(a, "legislation removed");
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void attachCertificateSpecimen(String reference, String fileName, long size, InputStream content) {
        MembershipApplication a = own(reference);
        a.requireEditable(); // before the file is stored
        a.attachCertificateSpecimen(documents.store(fileName, size, content)).ifPresent(documents::discard);
        changed(a, "certificate specimen");
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void saveStatisticsArrangements(String reference, String text) {
        MembershipApplication a = own(reference);
        a.updateStatisticsArrangements(text);
        changed(a, "statistics arrangements");
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void saveDeclaration(String reference, boolean committed) {
        MembershipApplication a = own(reference);
        a.declare(committed, caller(), clock.instant());
        changed(a, committed ? "declaration made" : "declaration withdrawn");
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void submit(String reference) {
        MembershipApplication a = own(reference);
        a.submit(caller(), clock.instant());
        moved(a, null);
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void answerInformationRequest(String reference, String answer) {
        MembershipApplication a = own(reference);
        a.answerInformation(answer, caller(), clock.instant());
        moved(a, answer);
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public void withdraw(String reference, String reason) {
        MembershipApplication a = own(reference);
        a.withdraw(reason, caller(), clock.instant());
        moved(a, reason);
    }

    /** Each state's latest application status (public: the lists show only a coarse stage derived from it). */
    @jakarta.annotation.security.PermitAll
    public java.util.Map<String, ApplicationStatus> latestStatuses() {
        return applications.latestStatuses();
    }

    // ---- the Committee, the Chair, the Secretariat -----------------------------------------------------

    /** Applications in the procedure (submitted, not yet closed), oldest first. */
    @RolesAllowed({Role.PARTICIPATION_COMMITTEE_NAME, Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public List<PendingApplication> pending() {
        return applications.inProcedure().stream().map(a -> new PendingApplication(a.getReference(),
                a.getState().getIsoCode(), a.getStatus(), a.getSubmittedAt())).toList();
    }

    /** Any application, for those who assess or decide; an applicant only its own (without internal notes). */
    @RolesAllowed({Role.PARTICIPATION_COMMITTEE_NAME, Role.CHAIR_NAME, Role.SECRETARIAT_NAME, Role.APPLICANT_NAME})
    public ApplicationView get(String reference) {
        return isReader() ? ApplicationView.of(byReference(reference), true) : ApplicationView.of(own(reference), false);
    }

    private MembershipApplication readable(String reference) {
        return isReader() ? byReference(reference) : own(reference);
    }

    /** Whether the caller may read the Committee's internal notes. */
    @RolesAllowed({Role.PARTICIPATION_COMMITTEE_NAME, Role.CHAIR_NAME, Role.SECRETARIAT_NAME, Role.APPLICANT_NAME})
    public boolean mayReadInternalNotes() {
        return isReader();
    }

    /** A document of an application, for those who may read that application. */
    @RolesAllowed({Role.PARTICIPATION_COMMITTEE_NAME, Role.CHAIR_NAME, Role.SECRETARIAT_NAME, Role.APPLICANT_NAME})
    public DocumentView document(String reference, String token) {
        MembershipApplication a = readable(reference);
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.ofNullable(a.getCertificateSpecimen()),
                        a.getLegislation().stream().map(l -> l.getDocument()).filter(d -> d != null))
                .filter(d -> d.getToken().equals(token)).findFirst().map(DocumentView::of)
                .orElseThrow(() -> new NotFoundException("StoredDocument", token));
    }

    @RolesAllowed(Role.PARTICIPATION_COMMITTEE_NAME)
    public void startAssessment(String reference) {
        MembershipApplication a = byReference(reference);
        a.startAssessment(caller(), clock.instant());
        moved(a, null);
    }

    /**
     * Whether the caller may act for the Participation Committee formally (ask the applicant for information,
     * record the recommendation): decisions in the Scheme are the Participants', so its Participant members may;
     * Observers on the Committee read the files and comment.
     */
    @RolesAllowed({Role.PARTICIPATION_COMMITTEE_NAME, Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public boolean mayActFormallyForCommittee() {
        return context.isCallerInRole(Role.PARTICIPATION_COMMITTEE_NAME) && callerAccount().getObserverName().isEmpty();
    }

    private void requireFormalCommitteeMember() {
        if (!mayActFormallyForCommittee()) {
            throw new AccessDeniedException();
        }
    }

    @RolesAllowed(Role.PARTICIPATION_COMMITTEE_NAME)
    public void requestInformation(String reference, String question) {
        requireFormalCommitteeMember();
        MembershipApplication a = byReference(reference);
        a.requestInformation(question, caller(), clock.instant());
        moved(a, question);
    }

    @RolesAllowed(Role.PARTICIPATION_COMMITTEE_NAME)
    public void addCommitteeNote(String reference, String text) {
        MembershipApplication a = byReference(reference);
        a.addCommitteeNote(text, caller(), clock.instant());
        audit.fire(new Audited("APPLICATION_NOTE", "MembershipApplication", reference, null));
    }

    @RolesAllowed(Role.PARTICIPATION_COMMITTEE_NAME)
    public void proposeVisit(String reference, String proposal) {
        MembershipApplication a = byReference(reference);
        a.proposeVisit(proposal, caller(), clock.instant());
        audit.fire(new Audited("APPLICATION_VISIT_PROPOSED", "MembershipApplication", reference, proposal));
    }

    @RolesAllowed(Role.PARTICIPATION_COMMITTEE_NAME)
    public void recommend(String reference, boolean admission, String comment) {
        requireFormalCommitteeMember();
        MembershipApplication a = byReference(reference);
        a.recommend(admission, comment, caller(), clock.instant());
        moved(a, comment);
    }

    /**
     * The Chair records the decision. An admission makes the state a Participant as of the decision date, and
     * the accounts that applied for it become its focal point accounts.
     */
    @RolesAllowed(Role.CHAIR_NAME)
    public void decide(String reference, AdmissionDecision decision) {
        AdmissionDecision d = check.valid(decision);
        adoptedDecisions.require(d.reference());
        LocalDate date = d.date();
        String decisionRef = d.reference();
        MembershipApplication a = byReference(reference);
        applications.lockForChange(a);
        a.decide(d.admitted(), d.kind(), date, decisionRef, caller(), clock.instant());
        if (d.admitted()) {
            Participant state = a.getState();
            ParticipationStatus before = state.getStatus();
            state.changeStatusByPortal(ParticipationStatus.PARTICIPANT, date, decisionRef,
                    PortalReason.admittedOn(reference), clock.instant());
            // the accounts that applied for the state become its focal points (FocalPointsFollowStatus)
            statusChanged.fire(new ParticipantStatusChanged(state.getIsoCode(), before,
                    ParticipationStatus.PARTICIPANT));
            seedContactsDirectory(a, state);
            audit.fire(new Audited("PARTICIPANT_ADMITTED", "Participant", state.getIsoCode(), decisionRef));
        }
        moved(a, decisionRef);
    }

    /**
     * A new Participant's contacts directory starts from its application: focal point, alternate and both
     * authorities, every field KP-only until its focal point makes it public. Entries already in the directory
     * (a state admitted again) are kept.
     */
    private void seedContactsDirectory(MembershipApplication a, Participant state) {
        java.util.Set<ContactRole> present = contacts.of(state).stream().map(ParticipantContact::getRole)
                .collect(java.util.stream.Collectors.toSet());
        List<ContactEntry> seeds = List.of(
                person(ContactRole.FOCAL_POINT, a.getFocalPoint()),
                person(ContactRole.ALTERNATE, a.getAlternate()),
                authority(ContactRole.EXPORTING_AUTHORITY, a.getExportingAuthority()),
                authority(ContactRole.IMPORTING_AUTHORITY, a.getImportingAuthority()));
        for (ContactEntry seed : seeds) {
            if (!seed.isEmpty() && !present.contains(seed.role())) {
                ParticipantContact contact = new ParticipantContact(state, seed.role());
                contact.update(seed);
                contacts.add(contact);
            }
        }
        audit.fire(new Audited("CONTACTS_SEEDED", "Participant", state.getIsoCode(),
                "from application " + a.getReference()));
    }

    private static ContactEntry person(ContactRole role, Contact c) {
        String organisation = c.getMinistry() != null ? c.getMinistry() : c.getTitle();
        return new ContactEntry(role, fit(c.getName()), fit(organisation), c.getEmail(), c.getPhone(),
                false, false, false, false);
    }

    private static ContactEntry authority(ContactRole role, String name) {
        return new ContactEntry(role, null, fit(name), null, null, false, false, false, false);
    }

    /** Texts of the application may be longer than a directory field: cut, and say so with an ellipsis. */
    private static String fit(String text) {
        int max = ParticipantContact.TEXT_LENGTH;
        return text == null || text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private boolean isReader() {
        for (String role : READERS) {
            if (context.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    private MembershipApplication byReference(String reference) {
        return applications.byReference(reference)
                .orElseThrow(() -> new NotFoundException("MembershipApplication", reference));
    }

    /**
     * The application, if it is the caller's state's. Another state's application is "not found", as one that
     * does not exist: an applicant cannot learn which references exist.
     */
    private MembershipApplication own(String reference) {
        MembershipApplication a = byReference(reference);
        if (!a.getState().equals(callerState())) {
            throw new NotFoundException("MembershipApplication", reference);
        }
        return a;
    }

    private UserAccount callerAccount() {
        String name = caller();
        return accounts.byUsername(name).orElseThrow(AccessDeniedException::new);
    }

    private Participant callerState() {
        return participants.require(callerAccount().getParticipantIso().orElseThrow(AccessDeniedException::new));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private void changed(MembershipApplication a, String what) {
        audit.fire(new Audited("APPLICATION_CHANGED", "MembershipApplication", a.getReference(), what));
    }

    private void moved(MembershipApplication a, String comment) {
        audit.fire(new Audited("APPLICATION_" + a.getStatus().name(), "MembershipApplication", a.getReference(),
                comment));
        Optional<UserAccount> creator = accounts.byUsername(a.getCreatedBy());
        String recipient = Optional.ofNullable(a.getFocalPoint().getEmail())
                .orElseGet(() -> creator.map(UserAccount::getEmail).orElse(null));
        String language = creator.flatMap(UserAccount::getLanguage).map(l -> l.code()).orElse("en");
        moved.fire(new ApplicationMoved(a.getReference(), a.getState().getIsoCode(), a.getStatus(), comment,
                recipient, language));
    }
}
