package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A comment of the review on one question of a report: the Working Group's, or the Participant's answer to it. */
@Entity
@Table(name = "report_comment")
public class ReviewComment {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private AnnualReport report;

    @Column(name = "question_code", nullable = false, length = Answer.CODE_LENGTH)
    private String questionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommentSide side;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "comment_text", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewComment() {
        // for JPA
    }

    ReviewComment(AnnualReport report, String questionCode, CommentSide side, String author, String text,
                  Instant createdAt) {
        this.report = Objects.requireNonNull(report, "report is required");
        this.questionCode = Objects.requireNonNull(questionCode, "question is required");
        this.side = Objects.requireNonNull(side, "side is required");
        this.author = Objects.requireNonNull(author, "author is required");
        this.text = Objects.requireNonNull(text, "text is required");
        this.createdAt = Objects.requireNonNull(createdAt, "time is required");
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public CommentSide getSide() {
        return side;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
