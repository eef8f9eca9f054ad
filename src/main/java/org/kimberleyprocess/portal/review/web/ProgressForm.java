package org.kimberleyprocess.portal.review.web;

/** Progress on a recommendation as its host reports it: which one, what was done, whether it is done. */
public class ProgressForm {

    private Long recommendation;
    private String note;
    private boolean done;

    public Long getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Long recommendation) {
        this.recommendation = recommendation;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
