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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.plenary.domain.Decision;

/**
 * A review mission, opened by the Chair on credible indications of significant non-compliance, with its grounds, team
 * (experts from the roster) and terms of reference; its report; its outcome. A proposal to suspend or remove the
 * Participant names the draft decision that carries it to the Plenary.
 */
@Entity
@Table(name = "review_mission")
public class ReviewMission {

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "subject_iso", nullable = false, length = 2)
    private String subjectIso;

    @Column(nullable = false, length = ReviewVisit.TERMS_LENGTH)
    private String grounds;

    @Column(length = ReviewVisit.TERMS_LENGTH)
    private String terms;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MissionStatus status = MissionStatus.OPEN;

    @ManyToMany
    @JoinTable(name = "review_mission_member", joinColumns = @JoinColumn(name = "mission_id"),
            inverseJoinColumns = @JoinColumn(name = "expert_id"))
    private Set<Expert> team = new LinkedHashSet<>();

    @Column(length = ReviewVisit.REPORT_LENGTH)
    private String report;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private MissionOutcome outcome;

    @Column(name = "decision_ref", length = Decision.REFERENCE_LENGTH)
    private String decisionReference;

    @OneToMany(mappedBy = "mission", cascade = CascadeType.ALL)
    @OrderBy("dueOn")
    private List<Recommendation> recommendations = new ArrayList<>();

    @Version
    private long version;

    protected ReviewMission() {
        // for JPA
    }

    public ReviewMission(String subjectIso, String grounds, String terms, Collection<Expert> team, LocalDate openedOn) {
        this.subjectIso = Objects.requireNonNull(subjectIso);
        this.grounds = ReviewVisit.text(grounds, ReviewVisit.TERMS_LENGTH, "review.mission.error.grounds");
        this.terms = ReviewVisit.text(terms, ReviewVisit.TERMS_LENGTH, "review.visit.error.terms");
        if (team == null || team.isEmpty()) {
            throw new BusinessException("review.mission.error.team");
        }
        if (team.stream().anyMatch(e -> subjectIso.equals(e.getNominatedByIso()))) {
            throw new BusinessException("review.visit.error.hostExpert");
        }
        if (team.stream().anyMatch(e -> !e.isActive())) {
            throw new BusinessException("review.visit.error.inactive");
        }
        this.team = new LinkedHashSet<>(team);
        this.openedOn = Objects.requireNonNull(openedOn);
    }

    public void report(String text) {
        if (status == MissionStatus.CLOSED) {
            throw new BusinessException("review.visit.error.step");
        }
        this.report = ReviewVisit.text(text, ReviewVisit.REPORT_LENGTH, "review.visit.error.report");
        this.status = MissionStatus.REPORTED;
    }

    /** The outcome closes the mission; a proposal names the draft decision that carries it. */
    public void close(MissionOutcome result, String decisionRef) {
        if (status != MissionStatus.REPORTED || result == null) {
            throw new BusinessException("review.visit.error.step");
        }
        if (result.proposesDecision() != (decisionRef != null)) {
            throw new IllegalArgumentException("a proposal, and only a proposal, names its decision");
        }
        this.outcome = result;
        this.decisionReference = decisionRef;
        this.status = MissionStatus.CLOSED;
    }

    public Recommendation recommend(String text, String owner, LocalDate dueOn) {
        if (status == MissionStatus.OPEN) {
            throw new BusinessException("review.visit.error.step");
        }
        Recommendation r = new Recommendation(null, this, text, owner, dueOn);
        recommendations.add(r);
        return r;
    }

    public Long getId() {
        return id;
    }

    public String getSubjectIso() {
        return subjectIso;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getTerms() {
        return terms;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public MissionStatus getStatus() {
        return status;
    }

    public Set<Expert> getTeam() {
        return Collections.unmodifiableSet(team);
    }

    public String getReport() {
        return report;
    }

    public MissionOutcome getOutcome() {
        return outcome;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public List<Recommendation> getRecommendations() {
        return Collections.unmodifiableList(recommendations);
    }
}
