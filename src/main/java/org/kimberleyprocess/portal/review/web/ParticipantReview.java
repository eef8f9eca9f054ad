package org.kimberleyprocess.portal.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kimberleyprocess.portal.review.application.RecommendationView;
import org.kimberleyprocess.portal.review.application.PeerReviewService;

/** A Participant's open peer-review recommendations, for its page: #{participantReview.open('BW')}. */
@Named
@RequestScoped
public class ParticipantReview {

    @Inject
    private PeerReviewService review;

    private final Map<String, List<RecommendationView>> open = new HashMap<>();

    public List<RecommendationView> open(String isoCode) {
        return isoCode == null ? List.of() : open.computeIfAbsent(isoCode, review::openRecommendations);
    }
}
