package org.kimberleyprocess.portal.review.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.files.StoredDocument;

/**
 * A review visit, at the invitation of the host Participant, and its way: the host volunteers for a year; the Working
 * Group on Monitoring proposes a team from the expert roster (a leading Participant, experts nominated by other
 * Participants, one industry and one civil-society expert, none nominated by the host, all active); the host accepts
 * it or asks for changes; dates and terms of reference; the team's draft report; the host's comments; the final
 * report, public or KP only. Recommendations follow the report.
 */
@Entity
@Table(name = "review_visit")
public class ReviewVisit {

    public static final int TEXT_LENGTH = 2000;
    public static final int TERMS_LENGTH = 4000;
    public static final int REPORT_LENGTH = 20000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "host_iso", nullable = false, length = 2)
    private String hostIso;

    @Column(name = "visit_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitStatus status = VisitStatus.VOLUNTEERED;

    @Column(name = "lead_iso", length = 2)
    private String leadIso;

    @ManyToMany
    @JoinTable(name = "review_visit_member", joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "expert_id"))
    private Set<Expert> team = new LinkedHashSet<>();

    @Column(name = "changes_requested", length = TEXT_LENGTH)
    private String changesRequested;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(length = TERMS_LENGTH)
    private String terms;

    @Column(name = "draft_report", length = REPORT_LENGTH)
    private String draftReport;

    @Column(name = "host_comments", length = REPORT_LENGTH)
    private String hostComments;

    @Column(name = "final_report", length = REPORT_LENGTH)
    private String finalReport;

    @Column(name = "report_public")
    private Boolean reportPublic;

    @Column(name = "volunteered_at", nullable = false)
    private Instant volunteeredAt;

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL)
    @OrderBy("dueOn")
    private List<Recommendation> recommendations = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "review_visit_attachment", joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "stored_document_id"))
    private List<StoredDocument> attachments = new ArrayList<>();

    @Version
    private long version;

    protected ReviewVisit() {
        // for JPA
    }

    /** The host volunteers to receive a visit in a year (not before the Scheme began). */
    public ReviewVisit(String hostIso, int year, Instant at) {
        if (!ReportingYear.between(year, 2100)) {
            throw new BusinessException("review.visit.error.year");
        }
        this.hostIso = Objects.requireNonNull(hostIso);
        this.year = year;
        this.volunteeredAt = at;
    }

    /** The Working Group proposes the team; also a new team after the host asked for changes. */
    public void proposeTeam(String lead, boolean leadInGoodStanding, Collection<Expert> experts) {
        require(VisitStatus.VOLUNTEERED, VisitStatus.TEAM_PROPOSED);
        if (lead == null || experts == null) {
            throw new BusinessException("review.visit.error.team");
        }
        if (lead.equals(hostIso) || !leadInGoodStanding) {
            throw new BusinessException("review.visit.error.lead");
        }
        long industry = experts.stream().filter(e -> e.getNominatorKind() == NominatorKind.INDUSTRY).count();
        long civil = experts.stream().filter(e -> e.getNominatorKind() == NominatorKind.CIVIL_SOCIETY).count();
        long participants = experts.stream().filter(e -> e.getNominatorKind() == NominatorKind.PARTICIPANT).count();
        if (industry != 1 || civil != 1 || participants < 1) {
            throw new BusinessException("review.visit.error.team");
        }
        if (experts.stream().anyMatch(e -> hostIso.equals(e.getNominatedByIso()))) {
            throw new BusinessException("review.visit.error.hostExpert");
        }
        if (experts.stream().anyMatch(e -> !e.isActive())) {
            throw new BusinessException("review.visit.error.inactive");
        }
        this.leadIso = lead;
        this.team = new LinkedHashSet<>(experts);
        this.status = VisitStatus.TEAM_PROPOSED;
    }

    public void acceptTeam() {
        require(VisitStatus.TEAM_PROPOSED);
        this.status = VisitStatus.TEAM_ACCEPTED;
        this.changesRequested = null;
    }

    /** The host asks for another team, saying what should change: the visit waits for a new proposal. */
    public void askForChanges(String what) {
        require(VisitStatus.TEAM_PROPOSED);
        this.changesRequested = text(what, TEXT_LENGTH, "review.visit.error.changes");
        this.status = VisitStatus.VOLUNTEERED;
    }

    /** Dates and terms of reference, once the team is accepted (they may change until the draft report). */
    public void schedule(LocalDate starts, LocalDate ends, String termsOfReference) {
        require(VisitStatus.TEAM_ACCEPTED);
        if (starts == null || ends == null || ends.isBefore(starts)) {
            throw new BusinessException("review.visit.error.dates");
        }
        this.terms = text(termsOfReference, TERMS_LENGTH, "review.visit.error.terms");
        this.startsOn = starts;
        this.endsOn = ends;
    }

    /** The team's draft report, from the visit's last day on; written again until the host comments. */
    public void draftReport(String report, LocalDate today) {
        require(VisitStatus.TEAM_ACCEPTED, VisitStatus.DRAFT_REPORTED);
        if (endsOn == null || !today.isAfter(endsOn.minusDays(1))) {
            throw new BusinessException("review.visit.error.notVisited");
        }
        this.draftReport = text(report, REPORT_LENGTH, "review.visit.error.report");
        this.status = VisitStatus.DRAFT_REPORTED;
    }

    /** An attachment of the team's draft report, while the team writes it. */
    public void attach(StoredDocument file) {
        require(VisitStatus.TEAM_ACCEPTED, VisitStatus.DRAFT_REPORTED);
        attachments.add(Objects.requireNonNull(file));
    }

    public void comment(String comments) {
        require(VisitStatus.DRAFT_REPORTED);
        this.hostComments = text(comments, REPORT_LENGTH, "review.visit.error.report");
        this.status = VisitStatus.COMMENTED;
    }

    /** The final report, public or for the Scheme only; it never changes after. */
    public void finalise(String report, boolean isPublic) {
        require(VisitStatus.COMMENTED);
        this.finalReport = text(report, REPORT_LENGTH, "review.visit.error.report");
        this.reportPublic = isPublic;
        this.status = VisitStatus.FINAL;
    }

    /** A recommendation, once there is a report to follow. */
    public Recommendation recommend(String text, String owner, LocalDate dueOn) {
        require(VisitStatus.DRAFT_REPORTED, VisitStatus.COMMENTED, VisitStatus.FINAL);
        Recommendation r = new Recommendation(this, null, text, owner, dueOn);
        recommendations.add(r);
        return r;
    }

    /** Whether the final report is public (the public reads it and its recommendations). */
    public boolean publicReport() {
        return status == VisitStatus.FINAL && Boolean.TRUE.equals(reportPublic);
    }

    /** The visit has taken place (its report exists). */
    public boolean received() {
        return status == VisitStatus.DRAFT_REPORTED || status == VisitStatus.COMMENTED || status == VisitStatus.FINAL;
    }

    private void require(VisitStatus... allowed) {
        for (VisitStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new BusinessException("review.visit.error.step");
    }

    static String text(String value, int limit, String missingKey) {
        return BoundedText.required(value, limit, missingKey, "review.error.tooLong");
    }

    public Long getId() {
        return id;
    }

    public String getHostIso() {
        return hostIso;
    }

    public int getYear() {
        return year;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getLeadIso() {
        return leadIso;
    }

    public Set<Expert> getTeam() {
        return Collections.unmodifiableSet(team);
    }

    public String getChangesRequested() {
        return changesRequested;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getTerms() {
        return terms;
    }

    public String getDraftReport() {
        return draftReport;
    }

    public String getHostComments() {
        return hostComments;
    }

    public String getFinalReport() {
        return finalReport;
    }

    public Boolean getReportPublic() {
        return reportPublic;
    }

    public List<StoredDocument> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<Recommendation> getRecommendations() {
        return Collections.unmodifiableList(recommendations);
    }

    /** Equal by business key, not by row: the host and the year: one visit each. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ReviewVisit other && Objects.equals(hostIso, other.hostIso) && Objects.equals(year, other.year));
    }

    @Override
    public int hashCode() {
        return Objects.hash(hostIso, year);
    }
}
