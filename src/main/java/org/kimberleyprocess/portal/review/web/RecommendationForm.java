package org.kimberleyprocess.portal.review.web;

import java.time.LocalDate;
import org.kimberleyprocess.portal.review.domain.Recommendation;

/** A recommendation as a visit's or a mission's page writes it: what, who acts on it, by when. */
public class RecommendationForm {

    private String text;
    private String owner;
    private LocalDate dueOn;

    public int getTextLength() {
        return Recommendation.TEXT_LENGTH;
    }

    public int getOwnerLength() {
        return Recommendation.OWNER_LENGTH;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
