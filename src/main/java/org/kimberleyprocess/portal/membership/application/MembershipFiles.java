package org.kimberleyprocess.portal.membership.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;
import org.kimberleyprocess.portal.membership.domain.Legislation;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;
import org.kimberleyprocess.portal.membership.domain.MembershipApplications;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * Reading membership files: those who assess or decide (the Committee, the Chair, the Secretariat) read every
 * application with its internal notes; an applicant its own without them; the public only each state's stage.
 */
@Stateless
@RolesAllowed({Role.PARTICIPATION_COMMITTEE_NAME, Role.CHAIR_NAME, Role.SECRETARIAT_NAME, Role.APPLICANT_NAME})
public class MembershipFiles {

    @Inject
    private ApplicationFiles files;

    @Inject
    private MembershipApplications applications;

    /** Each state's latest application status (public: the lists show only a coarse stage derived from it). */
    @PermitAll
    public Map<String, ApplicationStatus> latestStatuses() {
        return applications.latestStatuses();
    }

    /** Applications in the procedure (submitted, not yet closed), oldest first. */
    @RolesAllowed({Role.PARTICIPATION_COMMITTEE_NAME, Role.CHAIR_NAME, Role.SECRETARIAT_NAME})
    public List<PendingApplication> pending() {
        return applications.inProcedure().stream().map(a -> new PendingApplication(a.getReference(),
                a.getState().getIsoCode(), a.getStatus(), a.getSubmittedAt())).toList();
    }

    /** Any application, for those who assess or decide; an applicant only its own (without internal notes). */
    public ApplicationView get(String reference) {
        boolean all = files.callerReadsAll();
        return ApplicationView.of(files.readable(reference), all);
    }

    /** Whether the caller may read the Committee's internal notes. */
    public boolean mayReadInternalNotes() {
        return files.callerReadsAll();
    }

    /** A document of an application, for those who may read that application. */
    public DocumentView document(String reference, String token) {
        MembershipApplication a = files.readable(reference);
        return Stream.concat(Stream.ofNullable(a.getCertificateSpecimen()),
                        a.getLegislation().stream().map(Legislation::getDocument).filter(Objects::nonNull))
                .filter(d -> d.getToken().equals(token)).findFirst().map(DocumentView::of)
                .orElseThrow(() -> new NotFoundException("StoredDocument", token));
    }
}
