package org.kimberleyprocess.portal.review.web;

/** A review team as the organisers propose it: the leading Participant (for a visit) and the experts. */
public class TeamForm {

    private String lead;
    private Long[] team = new Long[0];

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public Long[] getTeam() {
        return team;
    }

    public void setTeam(Long[] team) {
        this.team = team == null ? new Long[0] : team;
    }
}
