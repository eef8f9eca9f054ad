package org.kimberleyprocess.portal.review.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.review.domain.RecommendationStatus;

/** A recommendation with its owner, due date, status, whether it is overdue, and the progress reported. */
public record RecommendationView(long id, String text, String owner, LocalDate dueOn, RecommendationStatus status,
                                 boolean overdue, List<ProgressView> progress) {

    public boolean open() {
        return status != RecommendationStatus.DONE;
    }
}
