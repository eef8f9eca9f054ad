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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * A recommendation of a review visit or mission: what is to be done, by whom (the owner, an office of the Participant)
 * and by when; the Participant reports progress on it and says when it is done.
 */
@Entity
@Table(name = "review_recommendation")
public class Recommendation {

    public static final int TEXT_LENGTH = 2000;
    public static final int OWNER_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "visit_id")
    private ReviewVisit visit;

    @ManyToOne
    @JoinColumn(name = "mission_id")
    private ReviewMission mission;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(nullable = false, length = OWNER_LENGTH)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RecommendationStatus status = RecommendationStatus.OPEN;

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL)
    @OrderBy("writtenAt")
    private List<Progress> progress = new ArrayList<>();

    @Version
    private long version;

    protected Recommendation() {
        // for JPA
    }

    Recommendation(ReviewVisit visit, ReviewMission mission, String text, String owner, LocalDate dueOn) {
        if (text == null || text.isBlank() || owner == null || owner.isBlank() || dueOn == null) {
            throw new BusinessException("review.recommendation.error.incomplete");
        }
        if (text.strip().length() > TEXT_LENGTH || owner.strip().length() > OWNER_LENGTH) {
            throw new BusinessException("review.error.tooLong");
        }
        this.visit = visit;
        this.mission = mission;
        this.text = text.strip();
        this.owner = owner.strip();
        this.dueOn = dueOn;
    }

    /** The Participant reports progress; with {@code done}, the recommendation is done (a later report reopens it). */
    public void report(String note, boolean done, String by, Instant at) {
        if (note == null || note.isBlank()) {
            throw new BusinessException("review.recommendation.error.progress");
        }
        if (note.strip().length() > TEXT_LENGTH) {
            throw new BusinessException("review.error.tooLong");
        }
        progress.add(new Progress(this, note.strip(), by, at));
        status = done ? RecommendationStatus.DONE : RecommendationStatus.IN_PROGRESS;
    }

    public boolean isOpen() {
        return status != RecommendationStatus.DONE;
    }

    public boolean overdueOn(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public ReviewVisit getVisit() {
        return visit;
    }

    public ReviewMission getMission() {
        return mission;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public List<Progress> getProgress() {
        return Collections.unmodifiableList(progress);
    }
}
