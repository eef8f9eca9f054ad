package org.kimberleyprocess.portal.membership.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.membership.domain.ApplicationEvent;
import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;
import org.kimberleyprocess.portal.membership.domain.CommitteeNote;
import org.kimberleyprocess.portal.membership.domain.Contact;
import org.kimberleyprocess.portal.membership.domain.InformationRequest;
import org.kimberleyprocess.portal.membership.domain.Legislation;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;
import org.kimberleyprocess.portal.membership.domain.ProcedureOffice;
import org.kimberleyprocess.portal.platform.files.StoredDocument;

/**
 * A membership application as pages and the API read it: what the reader may see, nothing more (the Committee's
 * internal notes only for those who assess and decide; an empty list for the applicant).
 */
public record ApplicationView(String reference, String isoCode, ApplicationStatus status, Instant submittedAt,
                              Person focalPoint, Person alternate, String importingAuthority,
                              String exportingAuthority, Document certificateSpecimen, String statisticsArrangements,
                              String declaredBy, Instant declaredAt, String proposedVisit, List<Law> legislation,
                              List<Request> requests, String openQuestion, List<Note> notes, List<Step> steps,
                              List<String> missing) implements java.io.Serializable {

    /** A focal point or alternate as the applicant gave them. */
    public record Person(String name, String title, String ministry, String email, String phone) implements java.io.Serializable {
        static Person of(Contact c) {
            return c == null ? new Person(null, null, null, null, null)
                    : new Person(c.getName(), c.getTitle(), c.getMinistry(), c.getEmail(), c.getPhone());
        }
    }

    /** An uploaded document: the link's token and the file's name. */
    public record Document(String token, String fileName) implements java.io.Serializable {
        static Document of(StoredDocument d) {
            return d == null ? null : new Document(d.getToken(), d.getFileName());
        }
    }

    public record Law(Long id, String title, LocalDate adoptedOn, String reference, Document document) implements java.io.Serializable {
        static Law of(Legislation l) {
            return new Law(l.getId(), l.getTitle(), l.getAdoptedOn(), l.getReference(), Document.of(l.getDocument()));
        }
    }

    public record Request(Instant askedAt, String question, Instant answeredAt, String answer) implements java.io.Serializable {
        static Request of(InformationRequest r) {
            return new Request(r.getAskedAt(), r.getQuestion(), r.getAnsweredAt(), r.getAnswer());
        }
    }

    public record Note(Instant writtenAt, String author, String text) implements java.io.Serializable {
        static Note of(CommitteeNote n) {
            return new Note(n.getWrittenAt(), n.getAuthor(), n.getText());
        }
    }

    /** One step of the procedure: the office that acted, and (for those who assess) the account. */
    public record Step(Instant occurredAt, ApplicationStatus to, ProcedureOffice office, String actor,
                       String comment) implements java.io.Serializable {
        static Step of(ApplicationEvent e) {
            return new Step(e.getOccurredAt(), e.getTo(), e.getOffice(), e.getActor(), e.getComment());
        }
    }

    static ApplicationView of(MembershipApplication a, boolean withNotes) {
        return new ApplicationView(a.getReference(), a.getState().getIsoCode(), a.getStatus(), a.getSubmittedAt(),
                Person.of(a.getFocalPoint()), Person.of(a.getAlternate()), a.getImportingAuthority(),
                a.getExportingAuthority(), Document.of(a.getCertificateSpecimen()), a.getStatisticsArrangements(),
                a.getDeclaredBy(), a.getDeclaredAt(), a.getProposedVisit(),
                a.getLegislation().stream().map(Law::of).toList(),
                a.getRequests().stream().map(Request::of).toList(),
                a.openRequest().map(InformationRequest::getQuestion).orElse(null),
                withNotes ? a.getNotes().stream().map(Note::of).toList() : List.of(),
                a.getEvents().stream().map(Step::of).toList(), a.missingItems());
    }
}
