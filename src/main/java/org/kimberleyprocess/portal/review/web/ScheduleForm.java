package org.kimberleyprocess.portal.review.web;

import java.time.LocalDate;

/** A visit's dates and terms of reference, as the organisers schedule it. */
public class ScheduleForm {

    private LocalDate startsOn;
    private LocalDate endsOn;
    private String terms;

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }
}
